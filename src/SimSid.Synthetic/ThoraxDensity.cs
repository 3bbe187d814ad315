namespace SimSid.Synthetic;

/// <summary>
/// Evaluates the normal anatomy of one phantom at a point: body outline and soft tissue, lung fields with
/// vascular markings thinning towards the periphery, hila, mediastinum and trachea, heart, diaphragm domes
/// with the gastric air bubble, and the skeleton.
/// </summary>
internal sealed class ThoraxDensity
{
    private const double ArmGap = 0.04;
    private const double ArmHalfWidth = 0.13;
    private readonly PhantomAnatomy _anatomy;
    private readonly SkeletonDensity _skeleton;
    private readonly ValueNoise _texture;

    public ThoraxDensity(PhantomAnatomy anatomy, ValueNoise texture)
    {
        _anatomy = anatomy;
        _skeleton = new SkeletonDensity(anatomy);
        _texture = texture;
    }

    public ThoraxPoint Evaluate(double x, double y, HeartShape heart)
    {
        var point = default(ThoraxPoint);
        var a = Math.Abs(x);
        var body = BodyThickness(a, y);
        if (body <= 0)
        {
            return point;
        }

        // Soft tissue thickens towards the lower chest (breasts, pectoral muscles, abdominal wall).
        point.Tissue = Shape.Smoothstep(0, 0.12, body) * (0.22 + (0.38 * Math.Sqrt(body)) + (0.06 * Shape.Smoothstep(-0.2, 0.5, y)));
        var lung = _anatomy.LungFor(x);
        point.Lung = LungMask(lung, a, y, isLeft: x >= 0);
        var heartMask = heart.Mask(x, y);
        point.Air = point.Lung * (1 - heartMask);
        point.Vessels = point.Lung > 0 ? Vessels(lung, x, y, a) : 0;
        point.Bone = _skeleton.Evaluate(x, y, point.Air);
        point.Extra = (0.05 * heartMask) + Trachea(x, y) + GastricBubble(x, y);
        return point;
    }

    /// <summary>Relative soft-tissue thickness: a torso narrowing slightly at the waist, sloping shoulders, the neck.</summary>
    private double BodyThickness(double a, double y)
    {
        var halfWidth = _anatomy.BodyHalfWidth * (1 - (0.08 * Shape.Smoothstep(0.5, 1.0, y)));
        var bx = a / halfWidth;
        var torso = 1 - (bx * bx);
        var s = a - 0.2;
        var shoulderLine = -0.98 + (s > 0 ? 0.5 * s * s : 0);
        torso *= Shape.Smoothstep(-0.02, 0.06, y - shoulderLine);
        var nx = a / 0.22;
        var neck = 0.8 * (1 - (nx * nx));

        // The arms hang beside the chest, a little apart from it.
        var ax = (a - _anatomy.BodyHalfWidth - ArmGap - ArmHalfWidth) / ArmHalfWidth;
        var arm = 0.45 * (1 - (ax * ax)) * Shape.Smoothstep(-0.02, 0.06, y - shoulderLine);
        return Math.Max(Math.Max(torso, neck), arm);
    }

    private double LungMask(LungShape lung, double a, double y, bool isLeft)
    {
        var ex = (a - lung.CenterA) / lung.HalfWidth;
        var ey = (y - lung.CenterY) / lung.HalfHeight;
        var r2 = (ex * ex) + (ey * ey);
        if (r2 >= 1.1)
        {
            return 0;
        }

        var outline = Shape.Smoothstep(0, 0.06, 1 - Math.Sqrt(r2));
        var diaphragm = Shape.Smoothstep(0, 0.03, lung.DiaphragmY(a) - y);
        var medial = _anatomy.MediastinumHalfWidth;
        if (isLeft)
        {
            // The aortic knob bulges into the upper left lung.
            medial += _anatomy.AorticKnob * Shape.Smoothstep(0.10, 0.0, Math.Abs(y + 0.36));
        }

        return outline * diaphragm * Shape.Smoothstep(medial, medial + 0.04, a);
    }

    private double Vessels(LungShape lung, double x, double y, double a)
    {
        var hilumA = _anatomy.MediastinumHalfWidth + 0.08;
        var hilumY = lung.CenterY + 0.06;
        var da = a - hilumA;
        var dy = y - hilumY;
        var distance = Math.Sqrt((da * da) + (dy * dy));
        var central = Shape.Clamp01(1 - (distance / 0.8));
        // Vessels radiate from the hilum: sample the noise in (direction, distance) so its ridges run outwards.
        // The direction is a "diamond angle" (no trigonometry): dy / (|da| + |dy|), unfolded to [-2, 2].
        // A low-frequency warp of the direction makes the vessels wander and cross like real branches.
        var f = _anatomy.TextureFrequency;
        var p = dy / (Math.Abs(da) + Math.Abs(dy) + 1e-9);
        var direction = (da >= 0 ? p : (dy >= 0 ? 2 - p : -2 - p)) + (0.2 * (_texture.Sample((x * 3) + 50.5, (y * 3) + 20.5) - 0.5));
        var branches = (_texture.Ridged(direction * f * 1.2, distance * 2.2) * Shape.Smoothstep(0.03, 0.15, distance))
            + (0.45 * _texture.Ridged((direction * f * 2.6) + 31.7, (distance * 4.5) + 11.3) * Shape.Smoothstep(0.1, 0.3, distance))
            + (0.2 * _texture.Ridged((x * f * 2) + 7.1, (y * f * 2) + 3.3));
        var hilum = 0.10 * Shape.Smoothstep(0.14, 0.02, distance);
        return (_anatomy.VesselStrength * branches * (0.15 + central)) + hilum;
    }

    private static double Trachea(double x, double y)
    {
        if (y > -0.25)
        {
            return 0;
        }

        return -0.10 * Shape.Smoothstep(0.04, 0.025, Math.Abs(x)) * Shape.Smoothstep(-0.25, -0.35, y);
    }

    private double GastricBubble(double x, double y)
    {
        var left = _anatomy.LeftLung;
        var gx = (x - (left.DomePeakA + 0.02)) / 0.10;
        var gy = (y - (left.DomeY + 0.11)) / 0.055;
        var r2 = (gx * gx) + (gy * gy);
        return r2 >= 1 ? 0 : -0.12 * Shape.Smoothstep(1, 0.6, Math.Sqrt(r2));
    }
}
