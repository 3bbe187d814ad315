using SimSid.Model.Configuration;
using SimSid.Model.Network;
using SimSid.Model.Storage;
using SimSid.Model.Training;
using SimSid.Testing;
using static TorchSharp.torch;

namespace SimSid.Model.Tests;

/// <summary><see cref="TrainingOptions.AverageEpochs"/>: selection and export of the mean of the last epochs' weights.</summary>
[Collection(SoloTraining.Name)]
public sealed class TrainerAveragingTests
{
    private static readonly TrainingOptions Quick = QuickTraining.ConstantRate with { Epochs = 4 };

    [Fact]
    public void Train_AveragingWithValidation_LeavesTrainingAsItWasAndExportsTheBestMean()
    {
        TorchFixture.Seed();
        using var temp = new TempDirectory("simsid-averaging");
        var training = SyntheticChests.Create(16, 0, 32, seed: 1);
        var validation = SyntheticChests.Create(6, 6, 32, seed: 2);

        // per-epoch validation scores the image alone; so does this export, so that its AUC is the selected mean's
        var options = Quick with { ScoreShiftPixels = 0 };
        var single = new Trainer(options).Train("tiny", SimSidPresets.Tiny, training, validation, temp.Combine("single"));
        var averaged = new Trainer(options with { AverageEpochs = 3 }).Train("tiny", SimSidPresets.Tiny, training, validation, temp.Combine("averaged"));

        // the same run: the window's networks draw nothing from the random stream and train nothing
        Assert.Equal(single.History.Select(h => (h.ValidationAuc, h.DiscriminatorLoss, h.GeneratorLoss)), averaged.History.Select(h => (h.ValidationAuc, h.DiscriminatorLoss, h.GeneratorLoss)));
        Assert.All(single.History, h => Assert.Null(h.AveragedValidationAuc));
        Assert.All(averaged.History, h => Assert.NotNull(h.AveragedValidationAuc));
        var means = averaged.History.Select(h => h.AveragedValidationAuc!.Value).ToList();
        var best = averaged.BestEpoch!.Value;
        Assert.Equal(means.IndexOf(means.Max()) + 1, best);
        Assert.Equal(means.Max(), averaged.BestValidationAuc);
        var manifest = ModelStore.ReadManifest(temp.Combine("averaged"));
        Assert.Equal(Math.Min(3, best), manifest.TrainingData.AveragedEpochs);
        Assert.Equal(0, ModelStore.ReadManifest(temp.Combine("single")).TrainingData.AveragedEpochs);
        Assert.Equal(means.Max(), manifest.Metrics["validationAuc"], 9); // the exported weights are the selected mean
    }

    [Fact]
    public void Train_AveragingWithoutValidation_ExportsTheMeanOfTheLastEpochs()
    {
        TorchFixture.Seed();
        using var temp = new TempDirectory("simsid-averaging");
        var training = SyntheticChests.Create(16, 0, 32, seed: 1);

        new Trainer(Quick with { Epochs = 3, AverageEpochs = 2 }).Train("tiny", SimSidPresets.Tiny, training, null, temp.Path);

        var windowFolder = Path.Combine(temp.Path, "checkpoint", "window");
        Assert.Equal(["epoch-0002.dat", "epoch-0003.dat"], Directory.GetFiles(windowFolder).Select(Path.GetFileName).Order());
        using var second = Loaded(Path.Combine(windowFolder, "epoch-0002.dat"));
        using var third = Loaded(Path.Combine(windowFolder, "epoch-0003.dat"));
        var (exported, manifest) = ModelStore.Load(temp.Path);
        using (exported)
        {
            Assert.Equal(2, manifest.TrainingData.AveragedEpochs);
            var thirdWeights = third.state_dict();
            var changed = 0;
            foreach (var (name, a) in second.state_dict().Where(p => p.Value.is_floating_point()))
            {
                using var sum = a + thirdWeights[name];
                using var mean = sum / 2;
                Assert.True(exported.state_dict()[name].allclose(mean, rtol: 1e-5, atol: 1e-6), name);
                changed += a.allclose(thirdWeights[name]) ? 0 : 1;
            }

            Assert.True(changed > 10, "the two epochs' weights should differ, or the mean proves nothing");
        }
    }

    [Fact]
    public void Train_NegativeAverageEpochs_IsRefusedBeforeAnyOutput()
    {
        using var temp = new TempDirectory("simsid-averaging");
        var training = SyntheticChests.Create(4, 0, 32, seed: 1);

        var error = Assert.Throws<ArgumentException>(() => new Trainer(Quick with { AverageEpochs = -1 }).Train("tiny", SimSidPresets.Tiny, training, null, temp.Combine("model")));

        Assert.Contains("epochs to average", error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(temp.Combine("model")));
    }

    private static SimSidNetwork Loaded(string weights)
    {
        var network = new SimSidNetwork(SimSidPresets.Tiny);
        ModelStore.LoadWeights(network, weights);
        return network;
    }
}
