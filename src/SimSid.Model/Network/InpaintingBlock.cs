using SimSid.Model.Configuration;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace SimSid.Model.Network;

/// <summary>
/// Feature in-painting (paper §3.3): 1×1 squeeze, space-aware memory read per patch position, transformer layer with
/// the patch feature as query and its 8 neighbours' memory readouts as keys/values, binary position code, 1×1 expand.
/// </summary>
internal sealed class InpaintingBlock : nn.Module
{
    private readonly Conv2d squeeze;
    private readonly BatchNorm2d squeezeNorm;
    private readonly SpaceAwareMemory memory;
    private readonly NeighbourAttentionLayer attention;
    private readonly Conv2d expand;
    private readonly BatchNorm2d expandNorm;
    private readonly Tensor positionCode;
    private readonly int grid;
    private readonly int squeezeChannels;
    private readonly double keepRatio;

    public InpaintingBlock(SimSidConfig config)
        : base(nameof(InpaintingBlock))
    {
        ArgumentNullException.ThrowIfNull(config);
        grid = config.PatchGrid;
        squeezeChannels = config.SqueezeChannels;
        keepRatio = config.InpaintKeepRatio;
        var side = config.BottleneckSize;
        var tokenDim = config.SqueezeChannels * side * side;
        var bits = (int)Math.Floor(Math.Log2(config.PatchCount)) + 1;
        squeeze = nn.Conv2d(config.Width(config.Levels), config.SqueezeChannels, 1, bias: false);
        squeezeNorm = nn.BatchNorm2d(config.SqueezeChannels);
        memory = new SpaceAwareMemory(
            config.PatchCount,
            config.MemoryItems,
            tokenDim,
            config.InpaintMemory,
            config.ShrinkageDropsKthItem ? config.TopK - 1 : config.TopK,
            config.ShrinkageTemperature,
            config.GumbelNoise);
        attention = new NeighbourAttentionLayer(tokenDim, config.AttentionHeads, config.FeedForwardDim);
        expand = nn.Conv2d(config.SqueezeChannels + bits, config.Width(config.Levels), 1);
        expandNorm = nn.BatchNorm2d(config.Width(config.Levels));

        // Binary code of the patch index, most significant bit first, one constant channel per bit.
        var code = new float[config.PatchCount * bits];
        for (var p = 0; p < config.PatchCount; p++)
        {
            for (var bit = 0; bit < bits; bit++)
            {
                code[(p * bits) + bit] = (p >> (bits - 1 - bit)) & 1;
            }
        }

        positionCode = tensor(code, [config.PatchCount, bits, 1, 1]);
        RegisterComponents();
    }

    /// <summary>The in-painting memory (exposed for queue updates and tests).</summary>
    public SpaceAwareMemory Memory => memory;

    /// <summary>z (B·P, C, h, w) → in-painted features of the same shape.</summary>
    public Tensor Forward(Tensor z)
    {
        using var scope = NewDisposeScope();
        var (n, h, w) = (z.shape[0], z.shape[2], z.shape[3]);
        var patches = grid * grid;
        var batch = n / patches;
        var tokenDim = squeezeChannels * h * w;
        var f = nn.functional.relu(squeezeNorm.forward(squeeze.forward(z)));
        var tokens = f.reshape(batch, patches, tokenDim);
        var (readout, _) = memory.Read(tokens);
        var neighbours = NeighbourTokens.Gather(readout, grid);
        var refined = attention.Forward(tokens.reshape(n, tokenDim), readout.reshape(n, tokenDim), neighbours);
        var map = refined.reshape(n, squeezeChannels, h, w);
        var code = positionCode.repeat(batch, 1, h, w);
        var inpainted = nn.functional.relu(expandNorm.forward(expand.forward(cat([map, code], 1))));
        if (training && keepRatio < 1.0)
        {
            var keep = bernoulli(full([n, 1, h, w], keepRatio, dtype: z.dtype));
            inpainted = (keep * inpainted) + ((1 - keep) * z);
        }

        return inpainted.MoveToOuterDisposeScope();
    }
}
