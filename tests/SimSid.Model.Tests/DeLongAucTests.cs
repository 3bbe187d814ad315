using SimSid.Model.Scoring;

namespace SimSid.Model.Tests;

public sealed class DeLongAucTests
{
    [Fact]
    public void Estimate_HandWorkedExample_GivesDeLongVariance()
    {
        // Abnormal 0.9, 0.8, 0.4 outrank 4/4, 4/4 and 2/4 of the normals 0.7, 0.5, 0.3, 0.1; the normals are outranked by
        // 2/3, 2/3, 3/3 and 3/3 of the abnormals. AUC 5/6; sample variances 1/12 and 1/27, so
        // var = (1/12) / 3 + (1/27) / 4 = 1/27.
        var estimate = DeLongAuc.Estimate([0.9, 0.7, 0.8, 0.5, 0.4, 0.3, 0.1], [true, false, true, false, true, false, false]);

        Assert.Equal(5.0 / 6, estimate.Auc, 12);
        Assert.Equal(Math.Sqrt(1.0 / 27), estimate.StandardError, 12);
        Assert.Equal((5.0 / 6) - (1.959963984540054 * Math.Sqrt(1.0 / 27)), estimate.Lower95, 12);
        Assert.Equal(1.0, estimate.Upper95, 12);
    }

    [Fact]
    public void Estimate_WithTies_AgreesWithTheTrapezoidAuc()
    {
        var random = new Random(7);
        var labels = Enumerable.Range(0, 300).Select(i => i % 3 == 0).ToList();
        var scores = labels.Select(a => Math.Round((a ? 0.3 : 0) + random.NextDouble(), 1)).ToList();

        var estimate = DeLongAuc.Estimate(scores, labels);

        Assert.Equal(BinaryMetrics.Auc(scores, labels), estimate.Auc, 12);
        Assert.InRange(estimate.StandardError, 0.01, 0.05);
        Assert.True(estimate.Lower95 < estimate.Auc && estimate.Auc < estimate.Upper95);
    }

    [Fact]
    public void Estimate_FourTimesTheImages_HalvesTheStandardError()
    {
        var random = new Random(11);
        var labels = Enumerable.Range(0, 200).Select(i => i % 2 == 0).ToList();
        var scores = labels.Select(a => (a ? 0.5 : 0) + random.NextDouble()).ToList();

        var once = DeLongAuc.Estimate(scores, labels);
        var fourTimes = DeLongAuc.Estimate([.. Enumerable.Repeat(scores, 4).SelectMany(s => s)], [.. Enumerable.Repeat(labels, 4).SelectMany(l => l)]);

        Assert.Equal(once.Auc, fourTimes.Auc, 12);
        Assert.Equal(0.5, fourTimes.StandardError / once.StandardError, 2);
    }

    [Fact]
    public void Estimate_PerfectSeparation_HasNoSpread()
    {
        var estimate = DeLongAuc.Estimate([0.1, 0.2, 0.3, 0.7, 0.8, 0.9], [false, false, false, true, true, true]);

        Assert.Equal(new AucEstimate(1, 0, 1, 1), estimate);
    }

    [Fact]
    public void Estimate_TooFewImagesOfAClass_LeavesWhatCannotBeEstimatedNaN()
    {
        var oneAbnormal = DeLongAuc.Estimate([0.1, 0.2, 0.9], [false, false, true]);
        var noAbnormal = DeLongAuc.Estimate([0.1, 0.2], [false, false]);

        Assert.Equal(1.0, oneAbnormal.Auc, 12);
        Assert.True(double.IsNaN(oneAbnormal.StandardError) && double.IsNaN(oneAbnormal.Lower95) && double.IsNaN(oneAbnormal.Upper95));
        Assert.True(double.IsNaN(noAbnormal.Auc));
        Assert.Throws<ArgumentException>(() => DeLongAuc.Estimate([0.1], [false, true]));
    }
}
