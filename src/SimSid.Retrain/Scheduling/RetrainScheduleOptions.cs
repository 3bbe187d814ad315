namespace SimSid.Retrain.Scheduling;

/// <summary>Scheduled retraining inside <c>simsid serve</c> / <c>simsid gateway</c>: off unless a cron expression is set.</summary>
public sealed record RetrainScheduleOptions
{
    public const string SectionName = "Retrain:Schedule";

    /// <summary>Five-field cron expression, e.g. <c>0 2 * * *</c>; empty = no scheduled runs.</summary>
    public string Cron { get; init; } = "";

    /// <summary>IANA (or Windows) time zone id the expression is read in; empty = UTC.</summary>
    public string TimeZone { get; init; } = "";

    public bool Enabled => !string.IsNullOrWhiteSpace(Cron);

    public RetrainSchedule ToSchedule() => RetrainSchedule.Parse(Cron, TimeZone);
}
