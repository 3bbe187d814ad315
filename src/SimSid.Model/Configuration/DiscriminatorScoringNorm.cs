namespace SimSid.Model.Configuration;

/// <summary>How the discriminator's batch normalisation behaves when it scores images.</summary>
public enum DiscriminatorScoringNorm
{
    /// <summary>
    /// Each image is normalised with its own per-channel statistics and the batch-norm affine weights: exactly what the
    /// reference computes by scoring one image at a time with batch norm in training mode, but batchable.
    /// </summary>
    PerImage,

    /// <summary>Batch norm in evaluation mode with its running statistics.</summary>
    RunningStatistics,
}
