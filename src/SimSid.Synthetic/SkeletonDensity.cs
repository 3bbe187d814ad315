namespace SimSid.Synthetic;

/// <summary>
/// Bone density of the thoracic cage: posterior rib arcs (near horizontal, from the spine to the chest wall),
/// anterior rib arcs (fainter, running down and medially from the wall), clavicles and the spine.
/// Works in mirrored coordinates (A = |X|) so both sides share one description.
/// </summary>
internal sealed class SkeletonDensity
{
    private const int RibCount = 11;
    private const double PosteriorStrength = 0.13;
    private const double AnteriorStrength = 0.06;
    private const double ClavicleStrength = 0.16;
    private const double SpineHalfWidth = 0.055;
    private readonly PhantomAnatomy _anatomy;
    private readonly double[] _ribY = new double[RibCount];
    private readonly double[] _ribLateralRight = new double[RibCount];
    private readonly double[] _ribLateralLeft = new double[RibCount];

    public SkeletonDensity(PhantomAnatomy anatomy)
    {
        _anatomy = anatomy;
        for (var i = 0; i < RibCount; i++)
        {
            var y0 = anatomy.RibTop + (anatomy.RibSpacing * (i + (0.035 * i * i)));
            _ribY[i] = y0;
            _ribLateralRight[i] = CageLateralEdge(anatomy.RightLung, y0 + 0.08);
            _ribLateralLeft[i] = CageLateralEdge(anatomy.LeftLung, y0 + 0.08);
        }
    }

    /// <summary>Bone density at (x, y); ribs show with less contrast outside aerated lung (<paramref name="lung"/> = air fraction).</summary>
    public double Evaluate(double x, double y, double lung)
    {
        var a = Math.Abs(x);
        var lateral = x < 0 ? _ribLateralRight : _ribLateralLeft;
        var ribs = 0.0;
        for (var i = 0; i < RibCount; i++)
        {
            var y0 = _ribY[i];
            if (y < y0 - 0.05)
            {
                break;
            }

            var aLat = lateral[i];
            if (a > aLat + 0.03)
            {
                continue;
            }

            ribs += PosteriorRib(a, y, y0, aLat, i) + AnteriorRib(a, y, y0, aLat);
        }

        return Spine(a, y) + Clavicle(a, y) + (ribs * (0.3 + (0.7 * lung)));
    }

    private static double CageLateralEdge(LungShape lung, double y) =>
        (y > lung.CenterY ? lung.CenterA + lung.HalfWidth : lung.LateralEdge(y)) + 0.05;

    private static double PosteriorRib(double a, double y, double y0, double aLat, int index)
    {
        if (y > y0 + 0.22 || a < 0.02)
        {
            return 0;
        }

        var u = (a - 0.02) / (aLat - 0.02);
        var centre = y0 - (0.10 * u) + (0.28 * u * u);
        var halfThickness = 0.017 + (0.0015 * index);
        return PosteriorStrength * Band(Math.Abs(y - centre) / halfThickness) * Shape.Smoothstep(aLat + 0.03, aLat - 0.01, a);
    }

    private double AnteriorRib(double a, double y, double y0, double aLat)
    {
        const double medialEnd = 0.17;
        if (a < medialEnd || y < y0 + 0.05)
        {
            return 0;
        }

        var run = aLat - a;
        var centre = y0 + 0.18 + (_anatomy.RibSlope * run) + (0.12 * run * run);
        return AnteriorStrength * Band(Math.Abs(y - centre) / 0.025) * Shape.Smoothstep(medialEnd, medialEnd + 0.1, a)
            * Shape.Smoothstep(aLat + 0.03, aLat - 0.01, a);
    }

    private double Clavicle(double a, double y)
    {
        if (a < 0.03 || a > 0.66)
        {
            return 0;
        }

        var d = a - 0.35;
        var centre = _anatomy.ClavicleY - (0.26 * (a - 0.04)) + (0.25 * d * d) - (0.25 * 0.0961);
        var halfThickness = 0.028 - (0.012 * a);
        return ClavicleStrength * Band(Math.Abs(y - centre) / halfThickness)
            * Shape.Smoothstep(0.03, 0.07, a) * Shape.Smoothstep(0.66, 0.58, a);
    }

    private double Spine(double a, double y)
    {
        if (a > SpineHalfWidth)
        {
            return 0;
        }

        // Vertebral bodies: brighter end plates once per rib level, pedicles as brighter lateral margins.
        var endPlates = Shape.PeriodicBump((y - _anatomy.RibTop) / _anatomy.RibSpacing);
        var pedicles = Shape.Smoothstep(0.015, 0.04, a);
        return (0.03 + (0.015 * endPlates) + (0.01 * pedicles)) * Shape.Smoothstep(SpineHalfWidth, SpineHalfWidth - 0.02, a);
    }

    /// <summary>Cross-section of a bone band: cortical margins brighter than the medulla, soft outer edge.</summary>
    private static double Band(double d)
    {
        if (d >= 1)
        {
            return 0;
        }

        var d2 = d * d;
        return (0.6 + (0.4 * d2 * d2)) * Shape.Smoothstep(1, 0.75, d);
    }
}
