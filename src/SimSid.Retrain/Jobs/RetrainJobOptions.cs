using SimSid.Retrain.Gate;
using SimSid.Retrain.Selection;

namespace SimSid.Retrain.Jobs;

/// <summary>One retraining run's settings.</summary>
public sealed record RetrainJobOptions
{
    public const string SectionName = "Retrain";

    public string RegistryDirectory { get; init; } = "";

    /// <summary>The fixed labelled validation folder (NORMAL and abnormal class folders).</summary>
    public string ValidationDirectory { get; init; } = "";

    /// <summary>Preset when training from scratch or when there is no current model.</summary>
    public string Preset { get; init; } = "compact";

    public int? Epochs { get; init; }

    public double? BudgetMinutes { get; init; }

    /// <summary>Train from scratch instead of fine-tuning the current model.</summary>
    public bool FromScratch { get; init; }

    public int Seed { get; init; } = 1;

    public int Threads { get; init; }

    public SelectionOptions Selection { get; init; } = new();

    /// <summary>Use only images received since the current model was created (when <see cref="SelectionOptions.FromUtc"/> is open).</summary>
    public bool SinceCurrentModel { get; init; }

    /// <summary>Optional CSV of study UIDs marked abnormal (see <see cref="AbnormalLabelsFile"/>).</summary>
    public string? LabelsFile { get; init; }

    /// <summary>Every n-th selected image (SOP UID order) is held out of training as a recent normal for the gate.</summary>
    public int HoldOutEvery { get; init; } = 10;

    public PromotionGateOptions Gate { get; init; } = new();

    public int KeepPrevious { get; init; } = 3;
}
