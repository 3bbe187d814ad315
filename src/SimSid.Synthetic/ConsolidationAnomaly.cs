namespace SimSid.Synthetic;

/// <summary>A patchy air-space opacity: alveolar air replaced by fluid, bounded by the pleura, irregular margin.</summary>
internal sealed class ConsolidationAnomaly(double centerX, double centerY, double radius, double fill, ValueNoise margin) : PhantomAnomaly
{
    public override AnomalyKind Kind => AnomalyKind.Consolidation;

    public override double Apply(ref ThoraxPoint point, double x, double y)
    {
        var dx = x - centerX;
        var dy = y - centerY;
        var r = Math.Sqrt((dx * dx) + (dy * dy)) / radius;
        if (r > 1.5 || point.Lung <= 0)
        {
            return 0;
        }

        var irregular = r * (0.6 + (0.5 * margin.Sample(x * 7, y * 7)) + (0.3 * margin.Sample((x * 19) + 5.5, (y * 19) + 9.5)));
        var presence = Shape.Smoothstep(1.0, 0.6, irregular) * point.Lung;
        point.Air *= 1 - (fill * presence);
        point.Vessels *= 1 - (0.5 * presence);
        point.Bone *= 1 - (0.3 * presence);
        point.Extra += 0.05 * presence;
        return presence;
    }
}
