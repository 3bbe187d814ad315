using SimSid.Model.Configuration;
using SimSid.Model.Scoring;
using SimSid.Model.Storage;
using SimSid.Model.Training;
using SimSid.Testing;

namespace SimSid.Model.Tests;

public sealed class TrainerTests
{
    private static readonly TrainingOptions Quick = new()
    {
        Epochs = 2,
        BatchSize = 8,
        Seed = 7,
        Threads = 1,
        LearningRate = 1e-3,
        FinalLearningRate = 1e-3,
        EmaDecay = 0,
    };

    [Fact]
    public void Train_TinyPresetOnSyntheticChests_WritesLoadableModelThatDetectsOpacities()
    {
        TorchFixture.Seed();
        using var temp = new TempDirectory("simsid-model");
        var training = SyntheticChests.Create(64, 0, 32, seed: 1);
        var validation = SyntheticChests.Create(20, 20, 32, seed: 2);
        var test = SyntheticChests.Create(30, 30, 32, seed: 3);
        var options = Quick with { Epochs = 12, EmaDecay = 0.9 };

        var result = new Trainer(options).Train("tiny", SimSidPresets.Tiny, training, validation, temp.Path);

        using var engine = InferenceEngine.Open(temp.Path);
        var raw = engine.RawLogits([.. Enumerable.Range(0, test.Count).Select(test.Pixels)]);
        var scores = raw.Select(r => engine.ToResult(r).Score).ToList();
        var auc = BinaryMetrics.Auc(scores, [.. test.Items.Select(i => i.IsAbnormal)]);
        Assert.Equal(12, result.EpochsCompleted);
        Assert.InRange(auc, 0.75, 1.0);
        Assert.All(scores, s => Assert.InRange(s, 0.0, 1.0));
        Assert.Equal("validation", engine.Manifest.ThresholdSource);
        Assert.StartsWith("2.25.", engine.Manifest.DeviceUid, StringComparison.Ordinal);
        Assert.Equal(12, File.ReadAllLines(temp.Combine("metrics.jsonl")).Length);
    }
}
