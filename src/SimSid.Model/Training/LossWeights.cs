namespace SimSid.Model.Training;

/// <summary>Loss weights (paper §4.2, identical in the reference): λs, λgen, λt, λdist and λdis.</summary>
public sealed record LossWeights
{
    /// <summary>λs: student reconstruction MSE.</summary>
    public double Reconstruction { get; init; } = 10;

    /// <summary>λgen: adversarial loss of the student reconstruction.</summary>
    public double Adversarial { get; init; } = 0.005;

    /// <summary>λt: teacher reconstruction MSE.</summary>
    public double Teacher { get; init; } = 0.01;

    /// <summary>λdist: teacher–student distillation over all levels.</summary>
    public double Distillation { get; init; } = 0.001;

    /// <summary>λdis: discriminator loss.</summary>
    public double Discriminator { get; init; } = 0.005;
}
