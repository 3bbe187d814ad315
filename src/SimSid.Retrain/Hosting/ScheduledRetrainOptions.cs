using SimSid.Retrain.Gate;
using SimSid.Retrain.Jobs;
using SimSid.Retrain.Scheduling;
using SimSid.Retrain.Selection;

namespace SimSid.Retrain.Hosting;

/// <summary>
/// Scheduled retraining inside <c>simsid serve</c> and <c>simsid gateway</c> (section <see cref="SectionName"/>): off
/// unless <see cref="Enabled"/>; then one run per occurrence of <see cref="Schedule"/> in <see cref="TimeZone"/>, on
/// the gateway's archived instances, into the registry the inference workers follow.
/// </summary>
public sealed class ScheduledRetrainOptions
{
    public const string SectionName = "Retrain";

    public bool Enabled { get; set; }

    /// <summary>Five-field cron expression (minute hour day-of-month month day-of-week), e.g. <c>0 2 * * *</c>.</summary>
    public string Schedule { get; set; } = "0 2 * * *";

    /// <summary>IANA (or Windows) time zone id the schedule is read in; empty = UTC.</summary>
    public string TimeZone { get; set; } = "";

    /// <summary>Model registry folder (the one <c>Inference:ModelRegistry</c> follows).</summary>
    public string RegistryDirectory { get; set; } = "";

    /// <summary>Fixed labelled validation folder for the gate (NORMAL and abnormal class folders).</summary>
    public string ValidationDirectory { get; set; } = "";

    /// <summary>Preset when training from scratch or when the registry has no current model.</summary>
    public string Preset { get; set; } = "compact";

    /// <summary>Training epochs; empty = train to <see cref="BudgetMinutes"/>.</summary>
    public int? Epochs { get; set; }

    /// <summary>Training time budget in minutes (used when <see cref="Epochs"/> is empty).</summary>
    public double? BudgetMinutes { get; set; } = 60;

    public bool FromScratch { get; set; }

    public int Seed { get; set; } = 1;

    /// <summary>TorchSharp threads for training and evaluation (0 = library default).</summary>
    public int Threads { get; set; }

    /// <summary>Training device: cpu, cuda or auto.</summary>
    public string Device { get; set; } = "cpu";

    /// <summary>Optional CSV of study UIDs marked abnormal (excluded).</summary>
    public string? LabelsFile { get; set; }

    /// <summary>Use instances received in the last this many days; 0 = since the current model was created (all when there is none).</summary>
    public double WindowDays { get; set; }

    public int MinImages { get; set; } = 100;

    public int MaxImages { get; set; } = 5000;

    /// <summary>Studies the current model scored at or above this are left out (presumed abnormal).</summary>
    public double ExclusionScore { get; set; } = 0.5;

    /// <summary>Every n-th selected image is held out of training as a recent normal for the gate.</summary>
    public int HoldOutEvery { get; set; } = 10;

    /// <summary>Formerly current versions kept in the registry.</summary>
    public int KeepPrevious { get; set; } = 3;

    public double AucTolerance { get; set; } = 0.02;

    public double AucFloor { get; set; } = 0.6;

    public double MaxRecentNormalFlaggedFraction { get; set; } = 0.5;

    public double MaxFlaggedIncrease { get; set; } = 0.1;

    public RetrainSchedule ToSchedule() => RetrainSchedule.Parse(Schedule, TimeZone);

    /// <summary>The settings of one run started at <paramref name="now"/>.</summary>
    public RetrainJobOptions ToJobOptions(DateTimeOffset now) => new()
    {
        RegistryDirectory = RegistryDirectory,
        ValidationDirectory = ValidationDirectory,
        Preset = Preset,
        Epochs = Epochs,
        BudgetMinutes = Epochs is null ? BudgetMinutes : null,
        FromScratch = FromScratch,
        Seed = Seed,
        Threads = Threads,
        LabelsFile = string.IsNullOrWhiteSpace(LabelsFile) ? null : LabelsFile,
        SinceCurrentModel = WindowDays <= 0,
        HoldOutEvery = HoldOutEvery,
        KeepPrevious = KeepPrevious,
        Selection = new SelectionOptions
        {
            FromUtc = WindowDays > 0 ? now - TimeSpan.FromDays(WindowDays) : DateTimeOffset.MinValue,
            ToUtc = now,
            ExclusionScore = ExclusionScore,
            MinImages = MinImages,
            MaxImages = MaxImages,
        },
        Gate = new PromotionGateOptions
        {
            AucTolerance = AucTolerance,
            AucFloor = AucFloor,
            MaxRecentNormalFlaggedFraction = MaxRecentNormalFlaggedFraction,
            MaxFlaggedIncrease = MaxFlaggedIncrease,
        },
    };
}
