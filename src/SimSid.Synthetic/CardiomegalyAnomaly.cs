namespace SimSid.Synthetic;

/// <summary>An enlarged cardiac silhouette: wider (mostly to the patient's left) and a little taller.</summary>
internal sealed class CardiomegalyAnomaly(HeartShape normal, HeartShape enlarged) : PhantomAnomaly
{
    public override AnomalyKind Kind => AnomalyKind.Cardiomegaly;

    public override HeartShape AdjustHeart(HeartShape heart) => enlarged;

    public override double Apply(ref ThoraxPoint point, double x, double y) =>
        Math.Max(0, enlarged.Mask(x, y) - normal.Mask(x, y)) * Shape.Clamp01(point.Lung * 2);
}
