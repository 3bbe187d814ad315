using SimSid.Model.Training;
using SimSid.Retrain.Training;
using TorchSharp;

namespace SimSid.Retrain.Tests;

/// <summary>The tiny preset, one thread, fixed seed: the trainer settings every real-training test uses.</summary>
internal static class TinyTraining
{
    private static readonly Lock Gate = new();
    private static bool initialised;

    public static TrainingOptions Options { get; } = new()
    {
        BatchSize = 8,
        Threads = 1,
        LearningRate = 2e-3,
        FinalLearningRate = 4e-4,
        EmaDecay = 0.9,
    };

    public static ModelCandidateTrainer Trainer(TrainingOptions? options = null)
    {
        lock (Gate)
        {
            if (!initialised)
            {
                torch.set_num_threads(1);
                initialised = true;
            }
        }

        return new ModelCandidateTrainer(options ?? Options);
    }
}
