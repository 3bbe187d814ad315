namespace SimSid.Synthetic;

/// <summary>A synthetic finding: edits the anatomy at each point and reports how strongly it is present there.</summary>
internal abstract class PhantomAnomaly
{
    public abstract AnomalyKind Kind { get; }

    /// <summary>Findings that change the heart return the changed silhouette.</summary>
    public virtual HeartShape AdjustHeart(HeartShape heart) => heart;

    /// <summary>Edits <paramref name="point"/>; returns the finding's presence in [0,1] at (x, y).</summary>
    public abstract double Apply(ref ThoraxPoint point, double x, double y);
}
