using SimSid.Model.Training;

namespace SimSid.Model.Tests;

/// <summary>Training options for short tiny-preset runs: small batches, one thread, a fixed seed and a constant, fast learning rate.</summary>
internal static class QuickTraining
{
    public static readonly TrainingOptions ConstantRate = new()
    {
        Epochs = 1,
        BatchSize = 8,
        Seed = 7,
        Threads = 1,
        LearningRate = 2e-3,
        FinalLearningRate = 2e-3,
    };
}
