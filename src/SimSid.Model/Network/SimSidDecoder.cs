using SimSid.Model.Configuration;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace SimSid.Model.Network;

/// <summary>
/// A generator (student or teacher): up stages from the bottleneck to the image, with encoder skips at the innermost
/// <see cref="SimSidConfig.SkipLevels"/> patch-level stages (never the outermost), patches re-assembled into the image
/// after them, and — for the student — a space-aware memory after each of the innermost
/// <see cref="SimSidConfig.DecoderMemoryLevels"/> stages (hierarchical memory). Output: 1×1 conv + tanh.
/// </summary>
internal sealed class SimSidDecoder : nn.Module
{
    private readonly ModuleList<ResidualDoubleConv> ups;
    private readonly ModuleList<SpaceAwareMemory> memories;
    private readonly Conv2d outConv;
    private readonly SimSidConfig config;

    public SimSidDecoder(SimSidConfig config, bool withMemories)
        : base(nameof(SimSidDecoder))
    {
        ArgumentNullException.ThrowIfNull(config);
        this.config = config;
        var levels = config.Levels;
        ups = new ModuleList<ResidualDoubleConv>();
        memories = new ModuleList<SpaceAwareMemory>();
        for (var i = 0; i < levels; i++)
        {
            var inWidth = config.Width(levels - i) + (i < config.SkipLevels ? config.Width(levels - 1 - i) : 0);
            ups.Add(new ResidualDoubleConv(inWidth, config.Width(levels - 1 - i)));
            if (withMemories && i < config.DecoderMemoryLevels)
            {
                var sub = config.DecoderMemorySubGrid;
                var side = config.BottleneckSize << (i + 1);
                var dim = config.Width(levels - 1 - i) * (side / sub) * (side / sub);
                var slots = sub * sub * (config.DecoderMemoryPerPatch ? config.PatchCount : 1);
                memories.Add(new SpaceAwareMemory(
                    slots,
                    config.DecoderMemoryItems,
                    dim,
                    MemoryKind.LearnedMatrix,
                    config.ShrinkageDropsKthItem ? config.TopK - 1 : config.TopK,
                    config.ShrinkageTemperature,
                    config.GumbelNoise));
            }
        }

        outConv = nn.Conv2d(config.Width(0), 1, 1);
        RegisterComponents();
    }

    /// <summary>The decoder memories, innermost first (empty for the teacher).</summary>
    public IReadOnlyList<SpaceAwareMemory> Memories => [.. memories];

    /// <summary>
    /// Decodes the bottleneck <paramref name="z"/> (B·P, C, h, w) with encoder <paramref name="skips"/> (stage outputs,
    /// outermost first). Returns the image (B, 1, H, W) in [−1, 1] and each stage's output feature (for distillation).
    /// </summary>
    public (Tensor Image, IReadOnlyList<Tensor> Features) Forward(Tensor z, IReadOnlyList<Tensor> skips)
    {
        ArgumentNullException.ThrowIfNull(z);
        ArgumentNullException.ThrowIfNull(skips);
        var levels = config.Levels;
        var features = new List<Tensor>(levels);
        var x = z;
        for (var i = 0; i < levels; i++)
        {
            if (i == config.SkipLevels)
            {
                x = PatchLayout.Merge(x, config.PatchGrid);
            }

            x = nn.functional.interpolate(x, size: [x.shape[2] * 2, x.shape[3] * 2], mode: InterpolationMode.Bilinear, align_corners: false);
            if (i < config.SkipLevels)
            {
                x = cat([skips[levels - 1 - i], x], 1);
            }

            x = ups[i].forward(x);
            if (i < memories.Count)
            {
                x = ReadMemory(memories[i], x);
            }

            features.Add(x);
        }

        if (config.SkipLevels >= levels)
        {
            x = PatchLayout.Merge(x, config.PatchGrid);
        }

        return (tanh(outConv.forward(x)), features);
    }

    private Tensor ReadMemory(SpaceAwareMemory memory, Tensor x)
    {
        var (n, c, h, w) = (x.shape[0], x.shape[1], x.shape[2], x.shape[3]);
        var sub = config.DecoderMemorySubGrid;
        var windows = PatchLayout.Windows(x, sub);
        var queries = config.DecoderMemoryPerPatch
            ? windows.reshape(n / config.PatchCount, memory.Slots, windows.shape[2])
            : windows;
        var (readout, _) = memory.Read(queries);
        return PatchLayout.FromWindows(readout.reshape(n, sub * sub, windows.shape[2]), sub, c, h, w);
    }
}
