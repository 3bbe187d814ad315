using SimSid.Model.Configuration;
using SimSid.Model.Data;
using SimSid.Model.Storage;
using SimSid.Model.Training;
using SimSid.Testing;
using static TorchSharp.torch;

namespace SimSid.Model.Tests;

/// <summary><see cref="InputNormalization.PerImage"/> in training, validation and the exporter's calibration.</summary>
[Collection(SoloTraining.Name)]
public sealed class TrainerInputNormalizationTests
{
    private static readonly TrainingOptions Quick = QuickTraining.ConstantRate with { Epochs = 2 };

    [Fact]
    public void Train_PerImage_NormalisesTrainingValidationAndCalibrationImagesExactlyOnce()
    {
        using var temp = new TempDirectory("simsid-input-normalization");
        var normalising = SimSidPresets.Tiny with { InputNormalization = InputNormalization.PerImage };
        var training = SyntheticChests.Create(16, 0, 32, seed: 1);
        var validation = SyntheticChests.Create(6, 6, 32, seed: 2);

        // one view: a shifted view's black fill comes before the model's normalisation, so only the unshifted score can match
        var options = Quick with { ScoreShiftPixels = 0 };
        TorchFixture.Seed();
        var inModel = new Trainer(options).Train("tiny", normalising, Brighter(training), Brighter(validation), temp.Combine("in-model"));
        TorchFixture.Seed();
        var beforehand = new Trainer(options).Train("tiny", SimSidPresets.Tiny, Normalised(Brighter(training)), Normalised(Brighter(validation)), temp.Combine("beforehand"));

        // the same run as one on images normalised before training: every batch, validation pass and calibration pass
        // normalises once, before augmentation
        Assert.Equal(beforehand.History.Select(h => (h.ValidationAuc, h.DiscriminatorLoss, h.GeneratorLoss)), inModel.History.Select(h => (h.ValidationAuc, h.DiscriminatorLoss, h.GeneratorLoss)));
        var a = ModelStore.ReadManifest(temp.Combine("in-model"));
        var b = ModelStore.ReadManifest(temp.Combine("beforehand"));
        Assert.Equal(InputNormalization.PerImage, a.Config.InputNormalization);
        Assert.Equal(InputNormalization.None, b.Config.InputNormalization);
        Assert.Equal(b.Calibration, a.Calibration);
        Assert.Equal(b.Threshold, a.Threshold);
    }

    private static ImageSet Brighter(ImageSet set) =>
        ImageSet.FromPixels(set.Items, [.. Enumerable.Range(0, set.Count).Select(i => set.Pixels(i).Select(v => 0.3f + (0.5f * v)).ToArray())], set.Size);

    private static ImageSet Normalised(ImageSet set)
    {
        var images = new List<float[]>();
        for (var i = 0; i < set.Count; i++)
        {
            using var image = tensor(set.Pixels(i), [1, 1, set.Size, set.Size]);
            using var normalised = InputNormalizer.Apply(image, InputNormalization.PerImage);
            images.Add(normalised.data<float>().ToArray());
        }

        return ImageSet.FromPixels(set.Items, images, set.Size);
    }
}
