namespace SimSid.Synthetic;

/// <summary>One or more round, well-circumscribed solid opacities.</summary>
internal sealed class NoduleAnomaly(IReadOnlyList<(double X, double Y, double Radius, double Density)> nodules) : PhantomAnomaly
{
    public override AnomalyKind Kind => AnomalyKind.Nodule;

    public override double Apply(ref ThoraxPoint point, double x, double y)
    {
        var presence = 0.0;
        foreach (var (cx, cy, radius, density) in nodules)
        {
            var dx = (x - cx) / radius;
            var dy = (y - cy) / radius;
            var r2 = (dx * dx) + (dy * dy);
            if (r2 >= 1)
            {
                continue;
            }

            var w = Shape.Smoothstep(1, 0.7, Math.Sqrt(r2));
            point.Extra += density * w;
            presence = Math.Max(presence, w);
        }

        return presence;
    }
}
