namespace SimSid.Model.Storage;

/// <summary>What a model was trained and validated on: counts and SHA-256 hashes of the sorted file lists.</summary>
public sealed record TrainingDataSummary
{
    public int NormalCount { get; init; }

    public int AbnormalCount { get; init; }

    public double Contamination { get; init; }

    public string FileListSha256 { get; init; } = "";

    public int ValidationNormalCount { get; init; }

    public int ValidationAbnormalCount { get; init; }

    public string? ValidationFileListSha256 { get; init; }

    public int Epochs { get; init; }

    public double TrainingMinutes { get; init; }

    public long Seed { get; init; }

    /// <summary>The number format of the training passes: float32, or bfloat16 (mixed precision, float32 weights).</summary>
    public string Precision { get; init; } = "float32";

    /// <summary>Generator learning rate at the start and the end of the cosine schedule (null in models written before it was recorded).</summary>
    public double? LearningRate { get; init; }

    public double? FinalLearningRate { get; init; }

    /// <summary>The discriminator's initial learning rate.</summary>
    public double? DiscriminatorLearningRate { get; init; }

    /// <summary>Reconstruction-only generator epochs before adversarial training (0 in models written before it was recorded).</summary>
    public int GeneratorWarmUpEpochs { get; init; }

    /// <summary>The exported weights are the mean of up to this many epochs' weights (0 = one epoch's; 0 in models written before it was recorded).</summary>
    public int AveragedEpochs { get; init; }
}
