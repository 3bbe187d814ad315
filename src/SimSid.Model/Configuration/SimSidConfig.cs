using System.Text.Json.Serialization;

namespace SimSid.Model.Configuration;

/// <summary>
/// Every architectural choice of SimSID, including each point where the paper and the released reference differ.
/// Stored in full with every checkpoint and model directory; a model only loads into the configuration it was built with.
/// </summary>
public sealed record SimSidConfig
{
    /// <summary>Side of the square network input in pixels.</summary>
    public int ImageSize { get; init; } = 128;

    /// <summary>Patches per side: the image is split into PatchGrid × PatchGrid non-overlapping patches before any convolution.</summary>
    public int PatchGrid { get; init; } = 2;

    /// <summary>Channels of the first encoder stage; each down stage doubles them.</summary>
    public int FeatureRoot { get; init; } = 32;

    /// <summary>Number of stride-2 down stages in the shared patch encoder (and up stages in each generator).</summary>
    public int Levels { get; init; } = 4;

    /// <summary>Channels after the in-painting block's 1×1 squeeze.</summary>
    public int SqueezeChannels { get; init; } = 128;

    /// <summary>Items per memory block (per patch position) in the in-painting memory.</summary>
    public int MemoryItems { get; init; } = 200;

    /// <summary>Memory items activated by the Gumbel top-k shrinkage.</summary>
    public int TopK { get; init; } = 5;

    /// <summary>
    /// The reference keeps items strictly above the k-th largest weight, so only k − 1 survive; true reproduces that,
    /// false keeps exactly <see cref="TopK"/> items as the paper states.
    /// </summary>
    public bool ShrinkageDropsKthItem { get; init; }

    /// <summary>Softmax temperature of the shrinkage (1 in the reference).</summary>
    public double ShrinkageTemperature { get; init; } = 1.0;

    /// <summary>Add Gumbel noise to the similarities while training (the reference adds none despite the name).</summary>
    public bool GumbelNoise { get; init; }

    /// <summary>Learned memory matrix or FIFO queue for the in-painting memory.</summary>
    public MemoryKind InpaintMemory { get; init; } = MemoryKind.FifoQueue;

    /// <summary>Attention heads of the in-painting transformer layer.</summary>
    public int AttentionHeads { get; init; } = 8;

    /// <summary>Hidden width of the transformer layer's feed-forward part.</summary>
    public int FeedForwardDim { get; init; } = 512;

    /// <summary>Training-time probability of keeping the in-painted feature per cell (1 = never fall back to the raw feature).</summary>
    public double InpaintKeepRatio { get; init; } = 1.0;

    /// <summary>Innermost decoder levels that receive an encoder skip connection (the outermost never does).</summary>
    public int SkipLevels { get; init; } = 2;

    /// <summary>Innermost decoder levels followed by a space-aware memory (hierarchical memory).</summary>
    public int DecoderMemoryLevels { get; init; } = 2;

    /// <summary>Items per decoder memory block.</summary>
    public int DecoderMemoryItems { get; init; } = 200;

    /// <summary>Each patch feature map is split into SubGrid × SubGrid windows, each read from its own memory block.</summary>
    public int DecoderMemorySubGrid { get; init; } = 2;

    /// <summary>
    /// True: one decoder memory block per (patch position, window) as the paper describes; false: window j of every
    /// patch shares block j, as the reference does.
    /// </summary>
    public bool DecoderMemoryPerPatch { get; init; }

    /// <summary>Build and train the teacher generator with distillation at every level.</summary>
    public bool UseTeacher { get; init; } = true;

    /// <summary>Channels of the discriminator's stride-2 5×5 convolutions.</summary>
    public IReadOnlyList<int> DiscriminatorWidths { get; init; } = [16, 32, 64, 128, 256];

    /// <summary>Discriminator normalisation when scoring.</summary>
    public DiscriminatorScoringNorm ScoringNorm { get; init; } = DiscriminatorScoringNorm.PerImage;

    /// <summary>Intensity normalisation of every input image, in training and scoring alike.</summary>
    public InputNormalization InputNormalization { get; init; } = InputNormalization.None;

    /// <summary>Side of one patch in pixels.</summary>
    [JsonIgnore]
    public int PatchSize => ImageSize / PatchGrid;

    /// <summary>Number of patches.</summary>
    [JsonIgnore]
    public int PatchCount => PatchGrid * PatchGrid;

    /// <summary>Side of one patch's bottleneck feature map.</summary>
    [JsonIgnore]
    public int BottleneckSize => PatchSize >> Levels;

    /// <summary>Channels at encoder stage <paramref name="level"/> (0 = first stage, <see cref="Levels"/> = bottleneck).</summary>
    public int Width(int level) => FeatureRoot << level;

    /// <summary>Throws <see cref="ArgumentException"/> naming the first inconsistent setting.</summary>
    public void Validate()
    {
        Require(ImageSize >= 8, nameof(ImageSize), "must be at least 8");
        Require(PatchGrid >= 1 && ImageSize % PatchGrid == 0, nameof(PatchGrid), $"must divide the image size {ImageSize}");
        Require(Levels >= 1 && PatchSize % (1 << Levels) == 0 && BottleneckSize >= 1, nameof(Levels), $"{Levels} halvings do not fit a {PatchSize}-pixel patch");
        Require(FeatureRoot >= 1 && SqueezeChannels >= 1, nameof(FeatureRoot), "channels must be positive");
        Require(MemoryItems >= 1 && DecoderMemoryItems >= 1, nameof(MemoryItems), "must be positive");
        var kept = ShrinkageDropsKthItem ? TopK - 1 : TopK;
        Require(kept >= 1 && TopK <= Math.Min(MemoryItems, DecoderMemoryItems), nameof(TopK), "must keep at least one item and not exceed the memory size");
        Require(ShrinkageTemperature > 0, nameof(ShrinkageTemperature), "must be positive");
        var tokenDim = SqueezeChannels * BottleneckSize * BottleneckSize;
        Require(AttentionHeads >= 1 && tokenDim % AttentionHeads == 0, nameof(AttentionHeads), $"must divide the token size {tokenDim}");
        Require(FeedForwardDim >= 1, nameof(FeedForwardDim), "must be positive");
        Require(InpaintKeepRatio is > 0 and <= 1, nameof(InpaintKeepRatio), "must be in (0, 1]");
        Require(SkipLevels >= 0 && SkipLevels < Levels, nameof(SkipLevels), "must leave the outermost level without a skip");
        Require(DecoderMemoryLevels >= 0 && DecoderMemoryLevels <= SkipLevels, nameof(DecoderMemoryLevels), "memories are only placed at patch-level stages that have a skip connection");
        Require(DecoderMemorySubGrid >= 1, nameof(DecoderMemorySubGrid), "must be positive");
        for (var level = 0; level < DecoderMemoryLevels; level++)
        {
            var side = BottleneckSize << (level + 1);
            Require(side % DecoderMemorySubGrid == 0, nameof(DecoderMemorySubGrid), $"must divide the {side}-cell feature map at decoder level {level}");
        }

        Require(DiscriminatorWidths.Count >= 1 && ImageSize >> DiscriminatorWidths.Count >= 1, nameof(DiscriminatorWidths), "too many stride-2 layers for the image size");
    }

    private static void Require(bool condition, string setting, string message)
    {
        if (!condition)
        {
            throw new ArgumentException($"SimSidConfig.{setting} {message}.", setting);
        }
    }
}
