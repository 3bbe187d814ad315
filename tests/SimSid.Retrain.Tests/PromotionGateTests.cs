using SimSid.Retrain.Gate;

namespace SimSid.Retrain.Tests;

public sealed class PromotionGateTests
{
    private static readonly PromotionGate Gate = new(new PromotionGateOptions { AucTolerance = 0.02, AucFloor = 0.7, MaxRecentNormalFlaggedFraction = 0.2 });

    [Theory]
    [InlineData(0.85, 0.85, true)]
    [InlineData(0.84, 0.85, true)]
    [InlineData(0.90, 0.85, true)]
    [InlineData(0.82, 0.85, false)]
    [InlineData(0.69, 0.60, false)]
    public void Decide_AucAgainstCurrentAndFloor_PromotesOnlyWithinTolerance(double candidateAuc, double currentAuc, bool expected)
    {
        var decision = Gate.Decide(Eval(candidateAuc, 0.1), Eval(currentAuc, 0.1));

        Assert.Equal(expected, decision.Promote);
    }

    [Fact]
    public void Decide_CandidateFlagsTooManyRecentNormals_RejectsWithReason()
    {
        var decision = Gate.Decide(Eval(0.9, 0.35), Eval(0.8, 0.1));

        Assert.False(decision.Promote);
        Assert.Contains("recent normals", decision.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_CandidateFlagsFarMoreNormalsThanCurrent_Rejects()
    {
        var decision = Gate.Decide(Eval(0.9, 0.18), Eval(0.9, 0.05));

        Assert.False(decision.Promote);
        Assert.Contains("more than the current model's", decision.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_NoCurrentModel_AppliesOnlyFloorAndFlagRate()
    {
        Assert.True(Gate.Decide(Eval(0.71, 0.1), null).Promote);
        Assert.False(Gate.Decide(Eval(0.69, 0.1), null).Promote);
    }

    [Fact]
    public void Decide_NanAuc_Rejects()
    {
        var decision = Gate.Decide(Eval(double.NaN, 0.1), Eval(0.8, 0.1));

        Assert.False(decision.Promote);
        Assert.Contains("floor", decision.Reason, StringComparison.Ordinal);
    }

    private static ModelEvaluation Eval(double auc, double flagged) =>
        new() { Auc = auc, RecentNormalCount = 20, RecentNormalFlaggedFraction = flagged };
}
