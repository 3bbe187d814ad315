namespace SimSid.Synthetic;

/// <summary>
/// Air in the pleural space of one side: the lung has collapsed towards the hilum and base, leaving a lucent rim
/// without lung markings at the apex and chest wall, bounded by a thin visceral pleural line.
/// </summary>
internal sealed class PneumothoraxAnomaly(int side, double centerA, double centerY, double halfWidth, double halfHeight) : PhantomAnomaly
{
    private const double LineHalfWidth = 0.006;

    public override AnomalyKind Kind => AnomalyKind.Pneumothorax;

    public override double Apply(ref ThoraxPoint point, double x, double y)
    {
        if (x * side <= 0 || point.Lung <= 0)
        {
            return 0;
        }

        var ex = (Math.Abs(x) - centerA) / halfWidth;
        var ey = (y - centerY) / halfHeight;
        var r = Math.Sqrt((ex * ex) + (ey * ey));
        var collapsed = Shape.Smoothstep(1.0, 0.97, r);
        var gap = point.Lung * (1 - collapsed);
        var distance = Math.Abs(r - 1) * Math.Min(halfWidth, halfHeight);
        var line = Shape.Smoothstep(2.5 * LineHalfWidth, LineHalfWidth, distance) * point.Lung;
        point.Vessels *= 1 - gap;
        point.Extra += (-0.15 * gap) + (0.10 * line) + (0.06 * collapsed * point.Lung);
        return gap;
    }
}
