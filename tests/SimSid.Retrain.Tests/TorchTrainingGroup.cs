namespace SimSid.Retrain.Tests;

/// <summary>
/// Test classes that train with TorchSharp run one at a time: training seeds torch's process-wide generator, so two
/// trainings interleaved on parallel test threads would not be reproducible.
/// </summary>
[CollectionDefinition(Name)]
public sealed class TorchTrainingGroup
{
    public const string Name = "Torch training";
}
