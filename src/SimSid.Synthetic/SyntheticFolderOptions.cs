namespace SimSid.Synthetic;

/// <summary>What <see cref="SyntheticFolderWriter"/> writes: how many cases, which seed, which share abnormal, in what form.</summary>
public sealed record SyntheticFolderOptions
{
    public const int DefaultCount = 20;
    public const double DefaultAbnormalFraction = 0.5;
    public const int DefaultSeed = 1;

    public int Count { get; init; } = DefaultCount;

    public double AbnormalFraction { get; init; } = DefaultAbnormalFraction;

    public int Seed { get; init; } = DefaultSeed;

    public SyntheticImageFormat Format { get; init; } = SyntheticImageFormat.Dicom;

    public int Size { get; init; } = ChestPhantomGenerator.DefaultSize;

    /// <summary>How far findings reach, as a multiple of the default (1); see <see cref="ChestPhantomGenerator.FindingExtent"/>.</summary>
    public double FindingExtent { get; init; } = 1;

    /// <summary>The first case index; the output holds cases FirstIndex … FirstIndex + Count − 1.</summary>
    public int FirstIndex { get; init; }
}
