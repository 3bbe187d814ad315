namespace SimSid.Retrain.Gate;

/// <summary>The promotion rule's settings.</summary>
public sealed record PromotionGateOptions
{
    /// <summary>The candidate may score at most this much AUC below the current model.</summary>
    public double AucTolerance { get; init; } = 0.02;

    /// <summary>The candidate's validation AUC must reach at least this.</summary>
    public double AucFloor { get; init; } = 0.6;

    /// <summary>
    /// At its own threshold the candidate may flag at most this fraction of the recent normals. The stored threshold
    /// targets 95 % sensitivity, so even a good model flags a sizeable share of normals; 0.5 catches broken ones.
    /// </summary>
    public double MaxRecentNormalFlaggedFraction { get; init; } = 0.5;

    /// <summary>The candidate may flag at most this much larger a fraction of the recent normals than the current model.</summary>
    public double MaxFlaggedIncrease { get; init; } = 0.1;
}
