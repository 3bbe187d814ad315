using System.Text.Json.Nodes;
using SimSid.Model.Configuration;
using SimSid.Model.Network;
using SimSid.Model.Scoring;
using SimSid.Model.Storage;
using SimSid.Testing;

namespace SimSid.Model.Tests;

public sealed class ModelStoreTests
{
    [Fact]
    public void SaveThenOpen_TinyNetwork_GivesIdenticalScores()
    {
        TorchFixture.Seed();
        using var temp = new TempDirectory("simsid-model");
        var images = SyntheticChests.Create(3, 3, 32, seed: 5);
        var prepared = Enumerable.Range(0, images.Count).Select(images.Pixels).ToList();
        using var network = new SimSidNetwork(SimSidPresets.Tiny);
        var manifest = new ModelManifest { Preset = "tiny", Calibration = new ScoreCalibration(0.2, 1.5), Threshold = 0.6, DeviceUid = DeviceUid.New() };
        ModelStore.Save(temp.Path, network, manifest);
        using var original = InferenceEngine.FromNetwork(network, ModelStore.ReadManifest(temp.Path));
        var before = original.Score(prepared.Select(p => new Imaging.GrayImage(32, 32, p)).ToList());

        using var reloaded = InferenceEngine.Open(temp.Path);
        var after = reloaded.Score(prepared.Select(p => new Imaging.GrayImage(32, 32, p)).ToList());

        Assert.Equal(before.Select(r => r.Score), after.Select(r => r.Score));
        Assert.Equal(before.Select(r => r.Flagged), after.Select(r => r.Flagged));
    }

    [Fact]
    public void PackHalf_TinyModel_HalvesTheWeightsAndKeepsScoresAndIdentity()
    {
        TorchFixture.Seed();
        using var temp = new TempDirectory("simsid-model");
        var set = SyntheticChests.Create(3, 3, 32, seed: 5);
        var images = Enumerable.Range(0, set.Count).Select(i => new Imaging.GrayImage(32, 32, set.Pixels(i))).ToList();
        using (var network = new SimSidNetwork(SimSidPresets.Tiny))
        {
            ModelStore.Save(temp.Combine("full"), network, new ModelManifest { Preset = "tiny", Calibration = new ScoreCalibration(0.2, 1.5), Threshold = 0.6, DeviceUid = DeviceUid.New() });
        }

        File.WriteAllText(temp.Combine("full", "train-files.txt"), "NORMAL\t/x.png\n");
        var packed = ModelPacker.PackHalf(temp.Combine("full"), temp.Combine("packed"));

        using var full = InferenceEngine.Open(temp.Combine("full"));
        using var half = InferenceEngine.Open(temp.Combine("packed"));
        Assert.Equal(ModelPrecision.Half, packed.WeightsPrecision);
        Assert.Equal(full.Manifest.DeviceUid, packed.DeviceUid);
        Assert.Equal(full.Manifest.Threshold, packed.Threshold);
        Assert.True(File.Exists(temp.Combine("packed", "train-files.txt")));
        var ratio = new FileInfo(temp.Combine("packed", "weights.dat")).Length / (double)new FileInfo(temp.Combine("full", "weights.dat")).Length;
        Assert.InRange(ratio, 0.45, 0.6);
        var expected = full.Score(images);
        var actual = half.Score(images);
        Assert.All(expected.Zip(actual), pair => Assert.Equal(pair.First.RawLogit, pair.Second.RawLogit, 0.05));
    }

    [Fact]
    public void Open_ManifestConfigChanged_FailsWithClearModelFormatError()
    {
        TorchFixture.Seed();
        using var temp = new TempDirectory("simsid-model");
        using (var network = new SimSidNetwork(SimSidPresets.Tiny))
        {
            ModelStore.Save(temp.Path, network, new ModelManifest { Preset = "tiny" });
        }

        var path = temp.Combine("model.json");
        var json = JsonNode.Parse(File.ReadAllText(path))!;
        json["config"]!["featureRoot"] = 8;
        File.WriteAllText(path, json.ToJsonString());

        var error = Assert.Throws<ModelFormatException>(() => InferenceEngine.Open(temp.Path));
        Assert.Contains("does not fit the configured network", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_WeightsReplaced_FailsOnHashMismatch()
    {
        TorchFixture.Seed();
        using var temp = new TempDirectory("simsid-model");
        using (var network = new SimSidNetwork(SimSidPresets.Tiny))
        {
            ModelStore.Save(temp.Path, network, new ModelManifest { Preset = "tiny" });
        }

        File.AppendAllText(temp.Combine("weights.dat"), "x");

        var error = Assert.Throws<ModelFormatException>(() => InferenceEngine.Open(temp.Path));
        Assert.Contains("SHA-256", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DeviceUid_New_IsDicomUidUnderUuidRoot()
    {
        var uid = DeviceUid.New();

        Assert.StartsWith("2.25.", uid, StringComparison.Ordinal);
        Assert.InRange(uid.Length, 6, 64);
        Assert.All(uid[5..], c => Assert.True(char.IsAsciiDigit(c)));
        Assert.NotEqual(uid, DeviceUid.New());
    }
}
