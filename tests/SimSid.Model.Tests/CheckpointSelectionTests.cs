using SimSid.Model.Training;

namespace SimSid.Model.Tests;

public sealed class CheckpointSelectionTests
{
    [Fact]
    public void SelectionAuc_LuckySpikeAmidSwings_PrefersTheSteadyStretch()
    {
        double[] aucs = [0.5, 0.9, 0.5, 0.7, 0.72, 0.74];
        var history = new List<EpochMetrics>();
        var best = (Epoch: 0, Score: double.MinValue);
        for (var i = 0; i < aucs.Length; i++)
        {
            var score = Trainer.SelectionAuc(history, aucs[i], window: 3);
            if (score > best.Score)
            {
                best = (i + 1, score);
            }

            history.Add(new EpochMetrics(i + 1, 10, 1e-4, 0, 0, 0, 0, 0, 0, aucs[i], 1, 1));
        }

        Assert.Equal(6, best.Epoch);
        Assert.Equal((0.7 + 0.72 + 0.74) / 3, best.Score, 12);
    }

    [Fact]
    public void SelectionAuc_WindowOne_IsTheRawAuc()
    {
        var history = new List<EpochMetrics> { new(1, 10, 1e-4, 0, 0, 0, 0, 0, 0, 0.9, 1, 1) };

        Assert.Equal(0.6, Trainer.SelectionAuc(history, 0.6, window: 1), 12);
    }

    [Fact]
    public void SelectionAuc_EpochsWithoutValidation_AreNotCounted()
    {
        var history = new List<EpochMetrics> { new(1, 10, 1e-4, 0, 0, 0, 0, 0, 0, null, 1, 1), new(2, 10, 1e-4, 0, 0, 0, 0, 0, 0, 0.8, 1, 1) };

        Assert.Equal(0.7, Trainer.SelectionAuc(history, 0.6, window: 3), 12);
    }
}
