using System.Text.Json;
using SimSid.Model.Configuration;
using SimSid.Model.Storage;
using SimSid.Model.Training;
using SimSid.Testing;

namespace SimSid.Model.Tests;

/// <summary><see cref="TrainingOptions.GeneratorWarmUpEpochs"/>: reconstruction-only generator epochs before the adversarial schedule.</summary>
[Collection(SoloTraining.Name)]
public sealed class TrainerWarmUpTests
{
    private static readonly TrainingOptions Quick = QuickTraining.ConstantRate;

    [Fact]
    public void Train_WarmUpEpoch_StepsOnlyTheGeneratorAndRecordsTheWarmUp()
    {
        TorchFixture.Seed();
        using var temp = new TempDirectory("simsid-warmup");
        var training = SyntheticChests.Create(16, 0, 32, seed: 1);
        new Trainer(Quick with { Epochs = 0 }).Train("tiny", SimSidPresets.Tiny, training, null, temp.Combine("initial"));

        new Trainer(Quick with { GeneratorWarmUpEpochs = 1 }).Train("tiny", SimSidPresets.Tiny, training, null, temp.Combine("warm"));

        Assert.Equal(0, TrainerTests.LargestDiscriminatorStep(temp.Combine("initial"), temp.Combine("warm")));
        Assert.True(TrainerTests.LargestGeneratorStep(temp.Combine("initial"), temp.Combine("warm")) > 1e-4);
        var line = JsonDocument.Parse(File.ReadAllLines(Path.Combine(temp.Combine("warm"), "metrics.jsonl")).Single()).RootElement;
        Assert.Equal(0, line.GetProperty("discriminatorLoss").GetDouble());
        Assert.Equal(0, line.GetProperty("adversarialLoss").GetDouble());
        Assert.True(line.GetProperty("reconstructionLoss").GetDouble() > 0);
        Assert.Equal(2, line.GetProperty("iterations").GetInt32());
        Assert.Equal(1, ModelStore.ReadManifest(temp.Combine("warm")).TrainingData.GeneratorWarmUpEpochs);
        Assert.Equal(0, ModelStore.ReadManifest(temp.Combine("initial")).TrainingData.GeneratorWarmUpEpochs);
    }

    [Fact]
    public void Train_WithValidation_SkipsWarmUpEpochsInValidationAndSelection()
    {
        TorchFixture.Seed();
        using var temp = new TempDirectory("simsid-warmup");
        var training = SyntheticChests.Create(16, 0, 32, seed: 1);
        var validation = SyntheticChests.Create(6, 6, 32, seed: 2);

        var result = new Trainer(Quick with { Epochs = 3, GeneratorWarmUpEpochs = 2 }).Train("tiny", SimSidPresets.Tiny, training, validation, temp.Path);

        Assert.Equal(3, result.EpochsCompleted);
        Assert.Null(result.History[0].ValidationAuc);
        Assert.Null(result.History[1].ValidationAuc);
        Assert.NotNull(result.History[2].ValidationAuc);
        Assert.Equal(0, result.History[1].DiscriminatorLoss);
        Assert.True(result.History[2].DiscriminatorLoss > 0);
        Assert.Equal(3, result.BestEpoch);
        var metrics = ModelStore.ReadManifest(temp.Path).Metrics;
        Assert.DoesNotContain("validationAucEpoch0001", metrics.Keys);
        Assert.Contains("validationAucEpoch0003", metrics.Keys);
    }

    [Fact]
    public void Train_NegativeWarmUp_IsRefusedBeforeAnyOutput()
    {
        using var temp = new TempDirectory("simsid-warmup");
        var training = SyntheticChests.Create(4, 0, 32, seed: 1);

        var error = Assert.Throws<ArgumentException>(() => new Trainer(Quick with { GeneratorWarmUpEpochs = -1 }).Train("tiny", SimSidPresets.Tiny, training, null, temp.Combine("model")));

        Assert.Contains("Warm-up epochs", error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(temp.Combine("model")));
    }
}
