using Cronos;

namespace SimSid.Retrain.Scheduling;

/// <summary>
/// When scheduled runs happen: a five-field cron expression (e.g. <c>0 2 * * *</c>) in a time zone, daylight saving
/// handled by Cronos (a skipped local time runs at the jump, a repeated one once).
/// </summary>
public sealed class RetrainSchedule
{
    private readonly CronExpression expression;

    public RetrainSchedule(string cron, TimeZoneInfo timeZone)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(cron);
        ArgumentNullException.ThrowIfNull(timeZone);
        try
        {
            expression = CronExpression.Parse(cron, CronFormat.Standard);
        }
        catch (CronFormatException ex)
        {
            throw new FormatException($"'{cron}' is not a valid five-field cron expression: {ex.Message}", ex);
        }

        Cron = cron;
        TimeZone = timeZone;
    }

    public string Cron { get; }

    public TimeZoneInfo TimeZone { get; }

    /// <summary>A schedule from a cron expression and an IANA or Windows time zone id (default UTC).</summary>
    public static RetrainSchedule Parse(string cron, string? timeZoneId = null) =>
        new(cron, string.IsNullOrEmpty(timeZoneId) ? TimeZoneInfo.Utc : TimeZoneInfo.FindSystemTimeZoneById(timeZoneId));

    /// <summary>The first occurrence strictly after <paramref name="after"/>, or null when there is none.</summary>
    public DateTimeOffset? NextAfter(DateTimeOffset after) => expression.GetNextOccurrence(after, TimeZone, inclusive: false);
}
