using SimSid.Model.Storage;
using SimSid.Retrain.Training;
using SimSid.Testing;

namespace SimSid.Retrain.Tests;

/// <summary>Real tiny-preset candidate training: fine-tune from the current model vs from scratch.</summary>
[Collection(TorchTrainingGroup.Name)]
public sealed class ModelCandidateTrainerTests
{
    [Fact]
    public void Train_WithBaseModel_FineTunesFromItsWeightsAndConfiguration()
    {
        using var temp = new TempDirectory("simsid-candidate");
        var images = Directory.GetFiles(Path.Combine(SyntheticData.Normals, "NORMAL"), "*.png").Order(StringComparer.Ordinal).Take(16).ToList();
        var baseModel = TinyTraining.Trainer().Train(Request(images, temp.Combine("base")) with { Epochs = 1 });

        var unchanged = TinyTraining.Trainer().Train(Request(images, temp.Combine("unchanged")) with { Epochs = 0, BaseModelDirectory = baseModel.ModelDirectory, Preset = "compact" });
        var tuned = TinyTraining.Trainer().Train(Request(images, temp.Combine("tuned")) with { Epochs = 1, BaseModelDirectory = baseModel.ModelDirectory, Preset = "compact" });

        Assert.Equal(ModelCandidateTrainer.FromScratchMode, baseModel.Mode);
        Assert.Equal("fine-tune", tuned.Mode);
        Assert.Equal("tiny", tuned.Preset);
        Assert.Equal(1, tuned.EpochsCompleted);
        var baseManifest = ModelStore.ReadManifest(baseModel.ModelDirectory);
        Assert.Equal(baseManifest.WeightsSha256, ModelStore.ReadManifest(unchanged.ModelDirectory).WeightsSha256);
        Assert.NotEqual(baseManifest.WeightsSha256, ModelStore.ReadManifest(tuned.ModelDirectory).WeightsSha256);
    }

    private static CandidateTrainingRequest Request(IReadOnlyList<string> images, string output) => new()
    {
        Images = images,
        Preset = "tiny",
        Seed = 3,
        Threads = 1,
        OutputDirectory = output,
    };
}
