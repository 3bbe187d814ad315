namespace SimSid.Retrain.Training;

/// <summary>What to train a candidate on and how.</summary>
public sealed record CandidateTrainingRequest
{
    /// <summary>The selected (unlabelled, presumed normal) training images.</summary>
    public IReadOnlyList<string> Images { get; init; } = [];

    /// <summary>Labelled folder used for checkpoint selection and the candidate's threshold.</summary>
    public string? ValidationDirectory { get; init; }

    /// <summary>The current model to fine-tune, or null to train from scratch.</summary>
    public string? BaseModelDirectory { get; init; }

    /// <summary>Preset for training from scratch (a fine-tune keeps the base model's configuration).</summary>
    public string Preset { get; init; } = "compact";

    public int? Epochs { get; init; }

    public double? BudgetMinutes { get; init; }

    public int Seed { get; init; } = 1;

    public int Threads { get; init; }

    public string OutputDirectory { get; init; } = "";
}
