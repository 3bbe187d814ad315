using SimSid.Model.Configuration;
using SimSid.Model.Network;
using SimSid.Model.Training;
using SimSid.Testing;
using static TorchSharp.torch;

namespace SimSid.Model.Tests;

/// <summary><see cref="EpochWeightWindow"/>: the last epochs' weights on disk and their mean.</summary>
public sealed class EpochWeightWindowTests
{
    [Fact]
    public void Add_KeepsTheLastEpochsAndDropsEpochsOfARolledBackRun()
    {
        using var temp = new TempDirectory("simsid-window");
        using var network = new SimSidNetwork(SimSidPresets.Tiny);
        using var window = new EpochWeightWindow(temp.Path, 3, SimSidPresets.Tiny, CPU);
        foreach (var epoch in new[] { 1, 2, 3, 4, 5 })
        {
            window.Add(epoch, network);
        }

        Assert.Equal([3, 4, 5], window.EpochsUpTo(5));
        Assert.Equal([3, 4], window.EpochsUpTo(4));

        window.Add(4, network); // the run went back to the checkpoint of epoch 3 and trained epoch 4 again

        Assert.Equal([3, 4], window.EpochsUpTo(99));
        Assert.Equal(2, Directory.GetFiles(window.Directory).Length);
        window.Clear();
        Assert.Empty(window.EpochsUpTo(99));
    }

    [Fact]
    public void AverageInto_TakesTheMeanOfFloatingTensorsAndTheLatestIntegerTensors()
    {
        using var temp = new TempDirectory("simsid-window");
        using var window = new EpochWeightWindow(temp.Path, 3, SimSidPresets.Tiny, CPU);
        var networks = new List<SimSidNetwork>();
        for (var epoch = 1; epoch <= 4; epoch++)
        {
            manual_seed(epoch);
            var network = new SimSidNetwork(SimSidPresets.Tiny);
            SetBatchCounters(network, epoch * 10);
            window.Add(epoch, network);
            networks.Add(network);
        }

        using var mean = new SimSidNetwork(SimSidPresets.Tiny);
        var averaged = window.AverageInto(mean, 4);

        Assert.Equal(3, averaged);
        var expected = networks.Skip(1).Select(n => n.state_dict()).ToList();
        foreach (var (name, value) in mean.state_dict())
        {
            if (value.is_floating_point())
            {
                using var sum = expected[0][name] + expected[1][name] + expected[2][name];
                using var want = sum / 3;
                Assert.True(value.allclose(want, rtol: 1e-5, atol: 1e-6), name);
            }
            else
            {
                Assert.True(value.equal(expected[2][name]).item<bool>(), name);
            }
        }

        Assert.Contains(mean.state_dict(), p => !p.Value.is_floating_point() && p.Value.item<long>() == 40);
        Assert.Equal(2, window.AverageInto(mean, 3)); // epoch 1 fell out of the window when epoch 4 came in
        Assert.Equal(0, window.AverageInto(mean, 1));
        networks.ForEach(n => n.Dispose());
    }

    private static void SetBatchCounters(SimSidNetwork network, long value)
    {
        using var noGrad = no_grad();
        foreach (var counter in network.state_dict().Values.Where(t => !t.is_floating_point()))
        {
            counter.fill_(value);
        }
    }
}
