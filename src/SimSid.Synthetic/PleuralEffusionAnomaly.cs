namespace SimSid.Synthetic;

/// <summary>
/// Free pleural fluid on one side: the lower lung field turns to soft-tissue density below a meniscus that rises
/// towards the chest wall, blunting the costophrenic angle.
/// </summary>
internal sealed class PleuralEffusionAnomaly(int side, double medialLevel, double meniscusRise, double medialA, double lateralA) : PhantomAnomaly
{
    public override AnomalyKind Kind => AnomalyKind.PleuralEffusion;

    public override double Apply(ref ThoraxPoint point, double x, double y)
    {
        if (x * side <= 0 || point.Lung <= 0)
        {
            return 0;
        }

        var u = Shape.Clamp01((Math.Abs(x) - medialA) / (lateralA - medialA));
        var surface = medialLevel - (meniscusRise * u * Math.Sqrt(u) * u);
        var fluid = Shape.Smoothstep(-0.01, 0.04, y - surface);
        var presence = fluid * point.Lung;
        point.Air *= 1 - fluid;
        point.Extra += 0.06 * presence;
        point.Vessels *= 1 - fluid;
        point.Bone *= 1 - (0.5 * presence); // ribs fade into the fluid's density
        return presence;
    }
}
