namespace SimSid.Synthetic;

/// <summary>The cardiac silhouette as an ellipse in phantom coordinates (X to the image right = patient left).</summary>
internal sealed record HeartShape(double CenterX, double CenterY, double RadiusX, double RadiusY)
{
    // The long axis runs from the upper right heart border down to the apex at the lower left (image right):
    // tilted by atan(1/2) ≈ 27°, cos and sin written out so no trigonometry is needed.
    private const double AxisCos = 0.894427190999916;
    private const double AxisSin = 0.447213595499958;

    public double Mask(double x, double y)
    {
        var dx = x - CenterX;
        var dy = y - CenterY;
        var hx = ((dx * AxisCos) + (dy * AxisSin)) / RadiusX;
        var hy = ((dy * AxisCos) - (dx * AxisSin)) / RadiusY;
        var r2 = (hx * hx) + (hy * hy);
        if (r2 >= 1.2)
        {
            return 0;
        }

        return Shape.Smoothstep(0, 0.12, 1 - Math.Sqrt(r2));
    }
}
