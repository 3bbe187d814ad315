namespace SimSid.Model.Configuration;

/// <summary>The named configurations. The preset name and the full configuration are stored with every model.</summary>
public static class SimSidPresets
{
    /// <summary>The released ZhangLab reference configuration (spec §2, zhang_dev).</summary>
    public static SimSidConfig Reference { get; } = new()
    {
        ImageSize = 128,
        PatchGrid = 2,
        FeatureRoot = 32,
        Levels = 4,
        SqueezeChannels = 128,
        MemoryItems = 200,
        TopK = 5,
        ShrinkageDropsKthItem = true,
        InpaintMemory = MemoryKind.FifoQueue,
        AttentionHeads = 8,
        FeedForwardDim = 512,
        SkipLevels = 2,
        DecoderMemoryLevels = 2,
        DecoderMemoryItems = 200,
        DecoderMemorySubGrid = 2,
        DecoderMemoryPerPatch = false,
        UseTeacher = true,
        DiscriminatorWidths = [16, 32, 64, 128, 256],
    };

    /// <summary>
    /// As the paper states (§3.2, §4.2, Fig. 8): 4×4 patches, 100 items per memory region, exactly the top 5 items,
    /// learned memory matrices, one memory block per patch position at every level. The paper gives no input size;
    /// 128 px as in the reference.
    /// </summary>
    public static SimSidConfig Paper { get; } = Reference with
    {
        PatchGrid = 4,
        MemoryItems = 100,
        DecoderMemoryItems = 100,
        TopK = 5,
        ShrinkageDropsKthItem = false,
        InpaintMemory = MemoryKind.LearnedMatrix,
        DecoderMemorySubGrid = 1,
        DecoderMemoryPerPatch = true,
    };

    /// <summary>
    /// CPU-friendly: the paper's learned space-aware memories on the reference's 2×2 grid at half the width, 100 items,
    /// exact top-5. Roughly a quarter of the reference's arithmetic, sized for about two hours of 2-core training.
    /// </summary>
    public static SimSidConfig Compact { get; } = Reference with
    {
        FeatureRoot = 16,
        SqueezeChannels = 64,
        MemoryItems = 100,
        DecoderMemoryItems = 100,
        ShrinkageDropsKthItem = false,
        InpaintMemory = MemoryKind.LearnedMatrix,
        FeedForwardDim = 256,
        DiscriminatorWidths = [16, 32, 64, 128, 128],
    };

    /// <summary>
    /// <see cref="Compact"/> with the reference's in-painting memory: a FIFO queue of the 200 most recent training patch
    /// features per position (not learned), read with the reference's shrinkage (top 5, keeps 4). The decoder memories
    /// stay learned with 100 items, so the model stays about <see cref="Compact"/>'s size (25.3 MB of fp16 weights).
    /// </summary>
    public static SimSidConfig CompactQueue { get; } = Compact with
    {
        MemoryItems = 200,
        ShrinkageDropsKthItem = true,
        InpaintMemory = MemoryKind.FifoQueue,
    };

    /// <summary>
    /// The paper's layout at <see cref="Compact"/>'s width: 4×4 patches, learned memories with exactly the top 5 items,
    /// one decoder memory block per patch position; 100 in-painting items and 64 per decoder memory block, so the fp16
    /// weights fit the 25 MB a shipped model may take in git (100 decoder items would need 31 MB).
    /// </summary>
    public static SimSidConfig PaperCompact { get; } = Paper with
    {
        DecoderMemoryItems = 64,
        FeatureRoot = 16,
        SqueezeChannels = 64,
        FeedForwardDim = 256,
        DiscriminatorWidths = [16, 32, 64, 128, 128],
    };

    /// <summary>A very small network for tests: 32 px, 2×2 patches, every component present.</summary>
    public static SimSidConfig Tiny { get; } = Reference with
    {
        ImageSize = 32,
        PatchGrid = 2,
        FeatureRoot = 4,
        Levels = 3,
        SqueezeChannels = 8,
        MemoryItems = 20,
        DecoderMemoryItems = 20,
        TopK = 3,
        ShrinkageDropsKthItem = false,
        InpaintMemory = MemoryKind.LearnedMatrix,
        AttentionHeads = 2,
        FeedForwardDim = 16,
        SkipLevels = 2,
        DecoderMemoryLevels = 2,
        DecoderMemorySubGrid = 2,
        DiscriminatorWidths = [8, 16, 32],
    };

    /// <summary>The preset names accepted on the command line.</summary>
    public static IReadOnlyList<string> Names { get; } = ["paper", "reference", "compact", "compact-queue", "paper-compact", "tiny"];

    /// <summary>The preset called <paramref name="name"/> (case-insensitive).</summary>
    public static SimSidConfig ByName(string name) => name.ToUpperInvariant() switch
    {
        "PAPER" => Paper,
        "REFERENCE" => Reference,
        "COMPACT" => Compact,
        "COMPACT-QUEUE" => CompactQueue,
        "PAPER-COMPACT" => PaperCompact,
        "TINY" => Tiny,
        _ => throw new ArgumentException($"Unknown preset '{name}'. Known presets: {string.Join(", ", Names)}.", nameof(name)),
    };
}
