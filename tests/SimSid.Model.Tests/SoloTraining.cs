namespace SimSid.Model.Tests;

/// <summary>
/// Tests whose outcome depends on a whole training run being deterministic: TorchSharp's random generator is
/// process-wide, so another test class running beside them would draw from it (and they would disturb that class).
/// Every class that trains (Trainer, AdversarialStep) is in this one collection: its classes run one after another,
/// alone, after the parallel ones.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SoloTraining
{
    public const string Name = "Deterministic training, run alone";
}
