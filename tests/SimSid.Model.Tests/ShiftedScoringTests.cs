using System.Text.Json.Nodes;
using SimSid.Model.Configuration;
using SimSid.Model.Network;
using SimSid.Model.Scoring;
using SimSid.Model.Storage;
using SimSid.Model.Training;
using SimSid.Testing;
using static TorchSharp.torch;

namespace SimSid.Model.Tests;

public sealed class ShiftedScoringTests
{
    [Fact]
    public void RawLogits_WithAShift_AreTheMeanOfTheLogitsOfTheFiveViews()
    {
        TorchFixture.Seed();
        using var network = new SimSidNetwork(SimSidPresets.Tiny);
        network.eval();
        var images = SyntheticChests.Create(2, 2, 32, seed: 5);
        Tensor Batch(int start, int n) => images.Batch(Enumerable.Range(start, n).ToArray());

        var shifted = NetworkScorer.RawLogits(network, Batch, images.Count, shiftPixels: 2);
        var perView = ShiftedViews.Offsets(2)
            .Select(o => NetworkScorer.RawLogits(network, (start, n) => ShiftedViews.Translate(Batch(start, n), o.Dx, o.Dy), images.Count))
            .ToList();
        var alone = NetworkScorer.RawLogits(network, Batch, images.Count);

        for (var i = 0; i < images.Count; i++)
        {
            Assert.Equal(perView.Average(v => v[i]), shifted[i], 6);
        }

        Assert.Equal(perView[0], alone);
        Assert.NotEqual(alone, shifted);
    }

    [Fact]
    public void InferenceEngine_ScoresWithTheShiftItsManifestRecords()
    {
        TorchFixture.Seed();
        using var temp = new TempDirectory("simsid-shift");
        var directory = temp.Combine("model");
        UntrainedTinyModel.Save(directory);
        var pixels = SyntheticChests.Draw(32, true, new Random(2));
        var image = new Imaging.GrayImage(32, 32, pixels);
        double Score(int shift)
        {
            var manifest = ModelStore.ReadManifest(directory) with { ScoreShiftPixels = shift };
            ModelStore.WriteManifest(directory, manifest);
            using var engine = InferenceEngine.Open(directory, threads: 1);
            return engine.Score(image).RawLogit;
        }

        var alone = Score(0);
        var shifted = Score(1);

        using var network = ModelStore.Load(directory).Network;
        network.eval();
        var expected = NetworkScorer.RawLogits(network, (_, _) => tensor(pixels, [1, 1, 32, 32]), 1, shiftPixels: 1)[0];
        Assert.Equal(expected, shifted, 5);
        Assert.NotEqual(alone, shifted);
    }

    [Fact]
    public void Train_ByDefault_ExportsAModelCalibratedInShiftedViewsOfOneThirtySecondOfTheSide()
    {
        TorchFixture.Seed();
        using var temp = new TempDirectory("simsid-shift-train");
        var training = SyntheticChests.Create(8, 0, 32, seed: 1);

        new Trainer(QuickTraining.ConstantRate).Train("tiny", SimSidPresets.Tiny, training, null, temp.Path);

        var manifest = ModelStore.ReadManifest(temp.Path);
        Assert.Equal(1, manifest.ScoreShiftPixels);
        Assert.Equal(ModelManifest.DescribeScore(1), manifest.ScoreDefinition);
        using var engine = InferenceEngine.Open(temp.Path, threads: 1);
        var z = engine.RawLogits([.. Enumerable.Range(0, training.Count).Select(training.Pixels)]).Select(r => engine.ToResult(r).ZScore).ToList();
        Assert.Equal(0, z.Average(), 5);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(16)]
    public void Train_ShiftBelowZeroOrOfHalfTheSide_IsRefusedBeforeTraining(int shift)
    {
        using var temp = new TempDirectory("simsid-shift-train");
        var training = SyntheticChests.Create(4, 0, 32, seed: 1);

        var error = Assert.Throws<ArgumentException>(() => new Trainer(QuickTraining.ConstantRate with { ScoreShiftPixels = shift }).Train("tiny", SimSidPresets.Tiny, training, null, temp.Path));

        Assert.Contains("score shift", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(temp.Path, ModelStore.ManifestFile)));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(16)]
    public void ReadManifest_ShiftBelowZeroOrOfHalfTheInput_IsAClearFormatError(int shift)
    {
        using var temp = new TempDirectory("simsid-shift-bad");
        var directory = temp.Combine("model");
        UntrainedTinyModel.Save(directory);
        var path = Path.Combine(directory, ModelStore.ManifestFile);
        var json = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        json["scoreShiftPixels"] = shift;
        File.WriteAllText(path, json.ToJsonString());

        var error = Assert.Throws<ModelFormatException>(() => InferenceEngine.Open(directory, threads: 1));

        Assert.Contains("scoreShiftPixels", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadManifest_WrittenBeforeScoreShiftsExisted_ScoresTheImageAlone()
    {
        using var temp = new TempDirectory("simsid-shift-old");
        var directory = temp.Combine("model");
        UntrainedTinyModel.Save(directory);
        var path = Path.Combine(directory, ModelStore.ManifestFile);
        var json = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        Assert.True(json.Remove("scoreShiftPixels"));
        Assert.True(json.Remove("recalibratedFrom"));
        File.WriteAllText(path, json.ToJsonString());

        var manifest = ModelStore.ReadManifest(directory);

        Assert.Equal(0, manifest.ScoreShiftPixels);
        Assert.Null(manifest.RecalibratedFrom);
        Assert.Equal(ModelManifest.DescribeScore(0), manifest.ScoreDefinition);
        Assert.Contains("shifted 4 px", ModelManifest.DescribeScore(4), StringComparison.Ordinal);
    }
}
