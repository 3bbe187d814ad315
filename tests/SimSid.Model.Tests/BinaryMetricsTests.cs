using SimSid.Model.Scoring;

namespace SimSid.Model.Tests;

public sealed class BinaryMetricsTests
{
    private static readonly bool[] Labels = [false, false, false, true, true, true];

    [Fact]
    public void Auc_PerfectSeparation_IsOne()
    {
        Assert.Equal(1.0, BinaryMetrics.Auc([0.1, 0.2, 0.3, 0.7, 0.8, 0.9], Labels), 12);
    }

    [Fact]
    public void Auc_OneSwappedPairAndOneTie_CountsPairsWithTiesAsHalf()
    {
        // Pairs (normal, abnormal): 9 in total; 0.5 vs 0.4 is wrong (0), 0.6 vs 0.6 is a tie (0.5).
        var auc = BinaryMetrics.Auc([0.1, 0.5, 0.6, 0.4, 0.6, 0.9], Labels);

        Assert.Equal((9 - 1 - 1 - 0.5) / 9, auc, 12);
    }

    [Fact]
    public void ThresholdForSensitivity_NinetyFivePercent_FlagsAtLeastThatShareOfAbnormal()
    {
        var scores = Enumerable.Range(0, 40).Select(i => i / 40.0).ToList();
        var labels = Enumerable.Range(0, 40).Select(i => i % 2 == 1).ToList();

        var threshold = BinaryMetrics.ThresholdForSensitivity(scores, labels, 0.95);
        var metrics = BinaryMetrics.AtThreshold(scores, labels, threshold);

        Assert.True(metrics.Sensitivity >= 0.95);
        Assert.True(BinaryMetrics.AtThreshold(scores, labels, threshold + 1e-6).Sensitivity < 0.95);
    }

    [Fact]
    public void AtThreshold_KnownCounts_GivesRates()
    {
        var metrics = BinaryMetrics.AtThreshold([0.1, 0.6, 0.3, 0.4, 0.8, 0.9], Labels, 0.5);

        Assert.Equal((2, 1, 2, 1), (metrics.TruePositives, metrics.FalsePositives, metrics.TrueNegatives, metrics.FalseNegatives));
        Assert.Equal(4.0 / 6, metrics.Accuracy, 12);
        Assert.Equal(2.0 / 3, metrics.F1, 12);
    }

    [Fact]
    public void Score_CalibratedLogits_HigherLogitMeansLessAnomalous()
    {
        var calibration = ScoreCalibration.Fit([1.0, 2.0, 3.0]);

        Assert.Equal(0.5, calibration.Score(2.0), 12);
        Assert.True(calibration.Score(0.0) > 0.9);
        Assert.True(calibration.Score(4.0) < 0.1);
    }
}
