namespace SimSid.Synthetic;

/// <summary>
/// Procedural frontal (PA) chest-radiograph phantoms for tests, demos and training smoke runs.
/// Every case is a pure function of (seed, index): the anatomy, pose, contrast and noise come from seeded
/// <see cref="Random"/> streams and single-threaded arithmetic, so output is bit-identical across runs and machines.
/// Which cases are abnormal depends on <see cref="AbnormalFraction"/> only: case i is abnormal when
/// ⌊(i+1)·F⌋ &gt; ⌊i·F⌋, which spreads exactly ⌊N·F⌋ abnormal cases evenly over the first N indices.
/// The generator is immutable and thread-safe: cases may be rendered in parallel, each stays the same.
/// </summary>
public sealed class ChestPhantomGenerator
{
    public const int DefaultSize = 512;
    public const int MinimumSize = 16;
    public const int MaximumSize = 8192;

    /// <summary>Largest accepted <see cref="FindingExtent"/>.</summary>
    public const double MaximumFindingExtent = 4;

    public ChestPhantomGenerator(int seed = 1, double abnormalFraction = 0.5)
    {
        if (double.IsNaN(abnormalFraction) || abnormalFraction < 0 || abnormalFraction > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(abnormalFraction), abnormalFraction, "The abnormal fraction must lie in [0, 1].");
        }

        Seed = seed;
        AbnormalFraction = abnormalFraction;
    }

    public int Seed { get; }

    public double AbnormalFraction { get; }

    /// <summary>
    /// How far each finding reaches, relative to the default drawing (1): consolidation and nodule radii, effusion
    /// depth, the width of the pneumothorax rim and the cardiac enlargement scale with it; 2 gives findings that are
    /// obvious even at a few dozen pixels (e.g. an effusion filling most of a hemithorax). Which cases are abnormal,
    /// their kinds, sides and places do not depend on it; 1 renders bit-identically to a generator without it.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Not in (0, <see cref="MaximumFindingExtent"/>].</exception>
    public double FindingExtent
    {
        get;
        init
        {
            if (double.IsNaN(value) || value <= 0 || value > MaximumFindingExtent)
            {
                throw new ArgumentOutOfRangeException(nameof(value), value, $"The finding extent must lie in (0, {MaximumFindingExtent}].");
            }

            field = value;
        }
    } = 1;

    /// <summary>The finding kinds an abnormal case may carry.</summary>
    public static IReadOnlyList<AnomalyKind> AnomalyKinds { get; } = Array.AsReadOnly(PhantomAnomalyFactory.Kinds);

    public bool IsAbnormal(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        return Math.Floor((index + 1.0) * AbnormalFraction) > Math.Floor(index * AbnormalFraction);
    }

    /// <summary>The case at <paramref name="index"/>: whether it is abnormal and which finding it carries.</summary>
    public PhantomCase Describe(int index)
    {
        var kind = IsAbnormal(index) ? DrawnKind(index) : AnomalyKind.None;
        return new PhantomCase(Seed, index, kind);
    }

    /// <summary>Renders the case at <paramref name="index"/> as a square image of <paramref name="size"/> pixels.</summary>
    public SyntheticRadiograph Generate(int index, int size = DefaultSize) => Generate(index, size, Describe(index).Anomaly);

    /// <summary>
    /// Renders the anatomy of case <paramref name="index"/> with the given finding instead of its own
    /// (<see cref="AnomalyKind.None"/> gives the normal counterpart): the rest of the image is unchanged.
    /// </summary>
    public SyntheticRadiograph Generate(int index, int size, AnomalyKind anomaly)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfLessThan(size, MinimumSize);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(size, MaximumSize);
        if (!Enum.IsDefined(anomaly))
        {
            throw new ArgumentOutOfRangeException(nameof(anomaly), anomaly, "Unknown anomaly kind.");
        }

        var anatomy = PhantomAnatomy.Sample(SeedMixer.Create(Seed, index, SeedMixer.AnatomyStream));
        var texture = new ValueNoise(SeedMixer.Create(Seed, index, SeedMixer.TextureStream));
        PhantomAnomaly? finding = null;
        if (anomaly != AnomalyKind.None)
        {
            var random = SeedMixer.Create(Seed, index, SeedMixer.AnomalyStream);
            _ = PhantomAnomalyFactory.PickKind(random); // keep the parameter stream identical to the drawn case
            finding = PhantomAnomalyFactory.Create(anomaly, anatomy, random, FindingExtent);
        }

        var (image, presence, region) = PhantomRenderer.Render(
            anatomy, texture, finding, size, SeedMixer.Create(Seed, index, SeedMixer.NoiseStream));
        return new SyntheticRadiograph(new PhantomCase(Seed, index, anomaly), image, region, presence);
    }

    private AnomalyKind DrawnKind(int index) =>
        PhantomAnomalyFactory.PickKind(SeedMixer.Create(Seed, index, SeedMixer.AnomalyStream));
}
