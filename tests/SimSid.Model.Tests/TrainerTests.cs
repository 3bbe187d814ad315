using SimSid.Model.Configuration;
using SimSid.Model.Scoring;
using SimSid.Model.Storage;
using SimSid.Model.Training;
using SimSid.Testing;
using TorchSharp;

namespace SimSid.Model.Tests;

[Collection(SoloTraining.Name)]
public sealed class TrainerTests
{
    private static readonly TrainingOptions Quick = new()
    {
        Epochs = 2,
        BatchSize = 8,
        Seed = 7,
        Threads = 1,
        LearningRate = 2e-3,
        FinalLearningRate = 4e-4,
        EmaDecay = 0.9,
    };

    [Fact]
    public void Train_TinyPresetWithValidation_WritesCompleteModelDirectory()
    {
        TorchFixture.Seed();
        using var temp = new TempDirectory("simsid-model");
        var training = SyntheticChests.Create(24, 0, 32, seed: 1);
        var validation = SyntheticChests.Create(6, 6, 32, seed: 2);

        var result = new Trainer(Quick).Train("tiny", SimSidPresets.Tiny, training, validation, temp.Path);

        using var engine = InferenceEngine.Open(temp.Path);
        var manifest = engine.Manifest;
        Assert.Equal(2, result.EpochsCompleted);
        Assert.Equal("tiny", manifest.Preset);
        Assert.Equal("validation", manifest.ThresholdSource);
        Assert.StartsWith("2.25.", manifest.DeviceUid, StringComparison.Ordinal);
        Assert.Equal(24, manifest.TrainingData.NormalCount);
        Assert.Equal(12, manifest.TrainingData.ValidationNormalCount + manifest.TrainingData.ValidationAbnormalCount);
        Assert.Equal(64, manifest.TrainingData.FileListSha256.Length);
        Assert.True(manifest.Calibration.StandardDeviation > 0);
        Assert.Contains("validationAuc", manifest.Metrics.Keys);
        Assert.Contains("validationAucEpoch0002", manifest.Metrics.Keys);
        Assert.Equal(2, File.ReadAllLines(temp.Combine("metrics.jsonl")).Length);
        Assert.Equal(24, File.ReadAllLines(temp.Combine("train-files.txt")).Length);
        var scores = engine.Score([.. Enumerable.Range(0, validation.Count).Select(i => new Imaging.GrayImage(32, 32, validation.Pixels(i)))]);
        Assert.All(scores, s => Assert.InRange(s.Score, 0.0, 1.0));
        Assert.All(scores, s => Assert.Equal(s.Score >= manifest.Threshold, s.Flagged));
    }

    [Fact]
    public void Train_ResumeAfterOneEpoch_ContinuesToRequestedEpochs()
    {
        TorchFixture.Seed();
        using var temp = new TempDirectory("simsid-model");
        var training = SyntheticChests.Create(16, 0, 32, seed: 1);
        new Trainer(Quick with { Epochs = 1 }).Train("tiny", SimSidPresets.Tiny, training, null, temp.Path);

        var resumed = new Trainer(Quick with { Epochs = 2, Resume = true }).Train("tiny", SimSidPresets.Tiny, training, null, temp.Path);

        Assert.Equal(2, resumed.EpochsCompleted);
        Assert.Equal([1, 2], resumed.History.Select(h => h.Epoch));
        Assert.Equal("training-quantile", ModelStore.ReadManifest(temp.Path).ThresholdSource);
    }

    [Fact]
    public void Train_FreshRunIntoAUsedFolder_StartsANewMetricsLogWhileResumeContinuesIt()
    {
        TorchFixture.Seed();
        using var temp = new TempDirectory("simsid-model");
        var training = SyntheticChests.Create(16, 0, 32, seed: 1);
        new Trainer(Quick with { Epochs = 2 }).Train("tiny", SimSidPresets.Tiny, training, null, temp.Path);

        new Trainer(Quick with { Epochs = 1 }).Train("tiny", SimSidPresets.Tiny, training, null, temp.Path);
        var afterFreshRun = File.ReadAllLines(temp.Combine("metrics.jsonl"));
        new Trainer(Quick with { Epochs = 2, Resume = true }).Train("tiny", SimSidPresets.Tiny, training, null, temp.Path);
        var afterResume = File.ReadAllLines(temp.Combine("metrics.jsonl"));

        Assert.Single(afterFreshRun);
        Assert.Equal(2, afterResume.Length);
        Assert.Equal(afterFreshRun[0], afterResume[0]);
    }

    [Fact]
    public void Train_ResumeWithOtherPreset_FailsWithClearError()
    {
        TorchFixture.Seed();
        using var temp = new TempDirectory("simsid-model");
        var training = SyntheticChests.Create(8, 0, 32, seed: 1);
        new Trainer(Quick with { Epochs = 1 }).Train("tiny", SimSidPresets.Tiny, training, null, temp.Path);
        var other = SimSidPresets.Tiny with { FeatureRoot = 8 };

        var error = Assert.Throws<ModelFormatException>(() =>
            new Trainer(Quick with { Epochs = 2, Resume = true }).Train("tiny", other, training, null, temp.Path));

        Assert.Contains("does not fit", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Train_WithoutWeightAveraging_KeepsLearningAndReconstructsItsInput()
    {
        // Regression: with EMA off the live network is its own "average"; averaging it in place with itself zeroed every
        // generator weight at each generator step, and the reconstruction collapsed to a constant.
        TorchFixture.Seed();
        using var temp = new TempDirectory("simsid-model");
        var training = SyntheticChests.Create(32, 0, 32, seed: 1);

        var result = new Trainer(Quick with { Epochs = 4, EmaDecay = 0 }).Train("tiny", SimSidPresets.Tiny, training, null, temp.Path);

        Assert.True(result.History[^1].ReconstructionLoss < result.History[0].ReconstructionLoss, string.Join(", ", result.History.Select(h => h.ReconstructionLoss)));
        var (network, _) = ModelStore.Load(temp.Path);
        using (network)
        using (TorchSharp.torch.no_grad())
        {
            network.eval();
            var reconstruction = network.Generator.Forward((training.Batch([0, 1, 2, 3]) * 2) - 1, withTeacher: false).Reconstruction;
            Assert.True(reconstruction.std(0).mean().item<float>() > 1e-3, "the reconstruction does not depend on the input");
        }
    }

    [Fact]
    public void Train_ResumeCheckpointWithoutOptimiserState_FailsWithClearError()
    {
        TorchFixture.Seed();
        using var temp = new TempDirectory("simsid-model");
        var training = SyntheticChests.Create(8, 0, 32, seed: 1);
        new Trainer(Quick with { Epochs = 1 }).Train("tiny", SimSidPresets.Tiny, training, null, temp.Path);
        File.Delete(temp.Combine("checkpoint", "adam-g.dat")); // as in checkpoints written before the trainer had its own Adam

        var error = Assert.Throws<ModelFormatException>(() =>
            new Trainer(Quick with { Epochs = 2, Resume = true }).Train("tiny", SimSidPresets.Tiny, training, null, temp.Path));

        Assert.Contains("start a fresh run without --resume", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Train_FromInitialModelWithoutSteps_KeepsThatModelsWeights()
    {
        TorchFixture.Seed();
        using var temp = new TempDirectory("simsid-model");
        var training = SyntheticChests.Create(8, 0, 32, seed: 1);
        var source = temp.Combine("source");
        new Trainer(Quick with { Epochs = 1 }).Train("tiny", SimSidPresets.Tiny, training, null, source);

        new Trainer(Quick with { Epochs = 0, InitialModelDirectory = source }).Train("tiny", SimSidPresets.Tiny, training, null, temp.Combine("tuned"));
        new Trainer(Quick with { Epochs = 0 }).Train("tiny", SimSidPresets.Tiny, training, null, temp.Combine("fresh"));

        var (sourceNetwork, _) = ModelStore.Load(source);
        var (tunedNetwork, _) = ModelStore.Load(temp.Combine("tuned"));
        var (freshNetwork, _) = ModelStore.Load(temp.Combine("fresh"));
        using (sourceNetwork)
        using (tunedNetwork)
        using (freshNetwork)
        {
            var expected = sourceNetwork.state_dict();
            var tuned = tunedNetwork.state_dict();
            var fresh = freshNetwork.state_dict();
            Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), tuned.Keys.Order(StringComparer.Ordinal));
            Assert.All(expected, p => Assert.True(Same(p.Value, tuned[p.Key]), $"{p.Key} differs from the initial model"));
            Assert.Contains(expected, p => !Same(p.Value, fresh[p.Key]));
        }
    }

    [Fact]
    public void Train_FromInitialModelForOneEpoch_WritesModel()
    {
        TorchFixture.Seed();
        using var temp = new TempDirectory("simsid-model");
        var training = SyntheticChests.Create(8, 0, 32, seed: 1);
        var source = temp.Combine("source");
        new Trainer(Quick with { Epochs = 1 }).Train("tiny", SimSidPresets.Tiny, training, null, source);

        var result = new Trainer(Quick with { Epochs = 1, InitialModelDirectory = source }).Train("tiny", SimSidPresets.Tiny, training, null, temp.Combine("tuned"));

        Assert.Equal(1, result.EpochsCompleted);
        Assert.Equal("tiny", ModelStore.ReadManifest(temp.Combine("tuned")).Preset);
    }

    [Fact]
    public void Train_FromInitialModelWithOtherConfig_FailsWithClearError()
    {
        TorchFixture.Seed();
        using var temp = new TempDirectory("simsid-model");
        var training = SyntheticChests.Create(8, 0, 32, seed: 1);
        var source = temp.Combine("source");
        new Trainer(Quick with { Epochs = 0 }).Train("tiny", SimSidPresets.Tiny, training, null, source);
        var other = SimSidPresets.Tiny with { FeatureRoot = 8 };

        var error = Assert.Throws<ModelFormatException>(() =>
            new Trainer(Quick with { Epochs = 1, InitialModelDirectory = source }).Train("tiny", other, training, null, temp.Combine("tuned")));

        Assert.Contains("different configuration", error.Message, StringComparison.Ordinal);
        Assert.Contains(source, error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(temp.Combine("tuned"), ModelStore.ManifestFile)));
    }

    [Fact]
    public void Train_WithOwnDiscriminatorRate_StepsTheDiscriminatorAtThatRateAndRecordsTheRates()
    {
        TorchFixture.Seed();
        using var temp = new TempDirectory("simsid-model");
        var training = SyntheticChests.Create(16, 0, 32, seed: 1);
        new Trainer(Quick with { Epochs = 0 }).Train("tiny", SimSidPresets.Tiny, training, null, temp.Combine("initial"));

        new Trainer(Quick with { Epochs = 1, DiscriminatorLearningRate = 1e-12 }).Train("tiny", SimSidPresets.Tiny, training, null, temp.Combine("frozen"));
        new Trainer(Quick with { Epochs = 1 }).Train("tiny", SimSidPresets.Tiny, training, null, temp.Combine("shared"));

        Assert.InRange(LargestDiscriminatorStep(temp.Combine("initial"), temp.Combine("frozen")), 0, 1e-9);
        Assert.True(LargestDiscriminatorStep(temp.Combine("initial"), temp.Combine("shared")) > 1e-4);
        var recorded = ModelStore.ReadManifest(temp.Combine("frozen")).TrainingData;
        Assert.Equal(2e-3, recorded.LearningRate);
        Assert.Equal(4e-4, recorded.FinalLearningRate);
        Assert.Equal(1e-12, recorded.DiscriminatorLearningRate);
        Assert.Equal(2e-3, ModelStore.ReadManifest(temp.Combine("shared")).TrainingData.DiscriminatorLearningRate);
    }

    [Theory]
    [InlineData(0, 4e-4, null)]
    [InlineData(2e-3, -1e-5, null)]
    [InlineData(2e-3, 4e-4, 0.0)]
    public void Train_NonPositiveLearningRate_IsRefusedBeforeAnyOutput(double rate, double finalRate, double? discriminatorRate)
    {
        using var temp = new TempDirectory("simsid-model");
        var training = SyntheticChests.Create(4, 0, 32, seed: 1);
        var options = Quick with { LearningRate = rate, FinalLearningRate = finalRate, DiscriminatorLearningRate = discriminatorRate };

        var error = Assert.Throws<ArgumentException>(() => new Trainer(options).Train("tiny", SimSidPresets.Tiny, training, null, temp.Combine("model")));

        Assert.Contains("Learning rates must be positive", error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(temp.Combine("model")));
    }

    internal static double LargestDiscriminatorStep(string before, string after) => LargestStep(before, after, n => n.Discriminator);

    internal static double LargestGeneratorStep(string before, string after) => LargestStep(before, after, n => n.Generator);

    private static double LargestStep(string before, string after, Func<Network.SimSidNetwork, torch.nn.Module> part)
    {
        var (first, _) = ModelStore.Load(before);
        var (second, _) = ModelStore.Load(after);
        using (first)
        using (second)
        {
            var largest = 0.0;
            foreach (var ((_, a), (_, b)) in part(first).named_parameters().Zip(part(second).named_parameters()))
            {
                using var step = (a - b).abs().max();
                largest = Math.Max(largest, step.item<float>());
            }

            return largest;
        }
    }

    private static bool Same(torch.Tensor a, torch.Tensor b)
    {
        using var equal = a.eq(b).all();
        return equal.item<bool>();
    }
}
