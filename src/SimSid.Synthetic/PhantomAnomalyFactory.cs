namespace SimSid.Synthetic;

/// <summary>Draws the kind-specific parameters of a finding (side, place, size, strength) for one phantom.</summary>
internal static class PhantomAnomalyFactory
{
    public static readonly AnomalyKind[] Kinds =
    [
        AnomalyKind.Consolidation,
        AnomalyKind.Nodule,
        AnomalyKind.PleuralEffusion,
        AnomalyKind.Pneumothorax,
        AnomalyKind.Cardiomegaly,
    ];

    public static AnomalyKind PickKind(Random random) => Kinds[random.Next(Kinds.Length)];

    /// <summary>
    /// Draws a finding of <paramref name="kind"/>; <paramref name="extent"/> scales how far it reaches (see
    /// <see cref="ChestPhantomGenerator.FindingExtent"/>). The random draws are the same for every extent, and an
    /// extent of exactly 1 leaves every parameter bit-identical to the default drawing.
    /// </summary>
    public static PhantomAnomaly Create(AnomalyKind kind, PhantomAnatomy anatomy, Random random, double extent = 1) => kind switch
    {
        AnomalyKind.Consolidation => Consolidation(anatomy, random, extent),
        AnomalyKind.Nodule => Nodules(anatomy, random, extent),
        AnomalyKind.PleuralEffusion => Effusion(anatomy, random, extent),
        AnomalyKind.Pneumothorax => Pneumothorax(anatomy, random, extent),
        AnomalyKind.Cardiomegaly => Cardiomegaly(anatomy, random, extent),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a finding that can be drawn."),
    };

    private static int Side(Random random) => random.Next(2) == 0 ? -1 : 1;

    /// <summary>A growth factor 1 + g scaled to 1 + g·extent; exactly <paramref name="factor"/> when extent is 1.</summary>
    private static double Grow(double factor, double extent) => extent == 1 ? factor : 1 + ((factor - 1) * extent);

    private static ConsolidationAnomaly Consolidation(PhantomAnatomy anatomy, Random random, double extent)
    {
        var side = Side(random);
        var (x, y) = PointInLung(anatomy, side, random, spread: 0.55);
        return new ConsolidationAnomaly(
            x,
            y,
            radius: Shape.Uniform(random, 0.12, 0.21) * extent,
            fill: Shape.Uniform(random, 0.65, 0.9),
            new ValueNoise(random));
    }

    private static NoduleAnomaly Nodules(PhantomAnatomy anatomy, Random random, double extent)
    {
        var count = random.Next(1, 3);
        var nodules = new List<(double, double, double, double)>(count);
        for (var i = 0; i < count; i++)
        {
            var (x, y) = PointInLung(anatomy, Side(random), random, spread: 0.7);
            nodules.Add((x, y, Shape.Uniform(random, 0.055, 0.09) * extent, Shape.Uniform(random, 0.25, 0.35)));
        }

        return new NoduleAnomaly(nodules);
    }

    private static PleuralEffusionAnomaly Effusion(PhantomAnatomy anatomy, Random random, double extent)
    {
        var side = Side(random);
        var lung = side < 0 ? anatomy.RightLung : anatomy.LeftLung;
        var depth = Shape.Uniform(random, 0.14, 0.32) * extent;
        return new PleuralEffusionAnomaly(
            side,
            medialLevel: lung.DomeY + 0.06 - depth,
            meniscusRise: Shape.Uniform(random, 0.16, 0.28),
            medialA: anatomy.MediastinumHalfWidth,
            lateralA: lung.CenterA + lung.HalfWidth);
    }

    private static PneumothoraxAnomaly Pneumothorax(PhantomAnatomy anatomy, Random random, double extent)
    {
        var side = Side(random);
        var lung = side < 0 ? anatomy.RightLung : anatomy.LeftLung;
        var k = Shape.Uniform(random, 0.68, 0.84);
        if (extent != 1)
        {
            k = Math.Max(0.2, 1 - ((1 - k) * extent)); // the collapsed lung shrinks as the air rim widens
        }

        return new PneumothoraxAnomaly(
            side,
            centerA: lung.CenterA - (lung.HalfWidth * (1 - k) * Shape.Uniform(random, 0.7, 1.0)),
            centerY: lung.CenterY + (lung.HalfHeight * (1 - k) * Shape.Uniform(random, 0.6, 0.9)),
            halfWidth: lung.HalfWidth * k,
            halfHeight: lung.HalfHeight * k);
    }

    private static CardiomegalyAnomaly Cardiomegaly(PhantomAnatomy anatomy, Random random, double extent)
    {
        var normal = anatomy.Heart;
        var widen = Grow(Shape.Uniform(random, 1.32, 1.5), extent);
        var enlarged = new HeartShape(
            normal.CenterX + (normal.RadiusX * (widen - 1) * 0.45),
            normal.CenterY + Shape.Uniform(random, 0.0, 0.03),
            normal.RadiusX * widen,
            normal.RadiusY * Grow(Shape.Uniform(random, 1.1, 1.22), extent));
        return new CardiomegalyAnomaly(normal, enlarged);
    }

    /// <summary>A point well inside one lung field, above its diaphragm dome.</summary>
    private static (double X, double Y) PointInLung(PhantomAnatomy anatomy, int side, Random random, double spread)
    {
        var lung = side < 0 ? anatomy.RightLung : anatomy.LeftLung;
        for (var attempt = 0; attempt < 1000; attempt++)
        {
            var ex = Shape.Uniform(random, -1, 1);
            var ey = Shape.Uniform(random, -1, 1);
            if ((ex * ex) + (ey * ey) > 1)
            {
                continue;
            }

            var a = lung.CenterA + (spread * lung.HalfWidth * ex);
            var y = lung.CenterY + (spread * lung.HalfHeight * ey);
            if (y < lung.DiaphragmY(a) - 0.1 && a > anatomy.MediastinumHalfWidth + 0.08)
            {
                return (side * a, y);
            }
        }

        return (side * lung.CenterA, lung.CenterY);
    }
}
