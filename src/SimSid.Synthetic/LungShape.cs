namespace SimSid.Synthetic;

/// <summary>
/// One lung field in mirrored phantom coordinates (A = distance from the midline, positive laterally; Y downwards):
/// an ellipse cut below by a parabolic diaphragm dome.
/// </summary>
internal sealed record LungShape(
    double CenterA,
    double CenterY,
    double HalfWidth,
    double HalfHeight,
    double DomeY,
    double DomePeakA,
    double DomeCurvature)
{
    public double DiaphragmY(double a)
    {
        var d = a - DomePeakA;
        return DomeY + (DomeCurvature * d * d);
    }

    /// <summary>Lateral extent of the lung ellipse at height <paramref name="y"/> (its centre when outside).</summary>
    public double LateralEdge(double y)
    {
        var ey = (y - CenterY) / HalfHeight;
        var s = 1 - (ey * ey);
        return CenterA + (HalfWidth * (s > 0 ? Math.Sqrt(s) : 0));
    }
}
