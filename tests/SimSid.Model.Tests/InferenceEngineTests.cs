using SimSid.Model.Configuration;
using SimSid.Model.Network;
using SimSid.Model.Scoring;
using SimSid.Model.Storage;
using TorchSharp;

namespace SimSid.Model.Tests;

public sealed class InferenceEngineTests
{
    [Fact]
    public void Score_RepeatedCalls_LeaveNoLiveTensorsBehind()
    {
        TorchFixture.Seed();
        using var engine = InferenceEngine.FromNetwork(new SimSidNetwork(SimSidPresets.Tiny), new ModelManifest { Preset = "tiny", Threshold = 0.5 });
        var image = new Imaging.GrayImage(40, 48, [.. Enumerable.Range(0, 40 * 48).Select(i => (i % 40) / 40f)]);
        engine.Score(image);
        var before = DisposeScopeManager.Statistics.ThreadTotalLiveCount;

        for (var i = 0; i < 20; i++)
        {
            engine.Score(image);
        }

        Assert.Equal(before, DisposeScopeManager.Statistics.ThreadTotalLiveCount);
    }

    [Fact]
    public void Score_BatchOrSingle_GivesSameScores()
    {
        TorchFixture.Seed();
        using var engine = InferenceEngine.FromNetwork(new SimSidNetwork(SimSidPresets.Tiny), new ModelManifest { Preset = "tiny", Calibration = new ScoreCalibration(0, 0.1) });
        var images = Enumerable.Range(0, 3).Select(i => new Imaging.GrayImage(32, 32, SyntheticChests.Draw(32, i == 2, new Random(i)))).ToList();

        var batched = engine.Score(images);
        var single = images.Select(engine.Score).ToList();

        Assert.Equal(batched.Select(r => Math.Round(r.RawLogit, 4)), single.Select(r => Math.Round(r.RawLogit, 4)));
    }
}
