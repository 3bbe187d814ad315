using SimSid.Model.Configuration;
using TorchSharp;
using static TorchSharp.torch;

namespace SimSid.Model.Network;

/// <summary>The shared CNN encoder applied to every patch independently (patches stacked in the batch).</summary>
internal sealed class SimSidEncoder : nn.Module
{
    private readonly ResidualDoubleConv inConv;
    private readonly TorchSharp.Modules.ModuleList<ResidualDoubleConv> downs;

    public SimSidEncoder(SimSidConfig config)
        : base(nameof(SimSidEncoder))
    {
        ArgumentNullException.ThrowIfNull(config);
        inConv = new ResidualDoubleConv(1, config.Width(0));
        downs = new TorchSharp.Modules.ModuleList<ResidualDoubleConv>();
        for (var level = 0; level < config.Levels; level++)
        {
            downs.Add(new ResidualDoubleConv(config.Width(level), config.Width(level + 1), stride: 2));
        }

        RegisterComponents();
    }

    /// <summary>Patches (B·P, 1, p, p) → bottleneck (B·P, C, p/2^L, p/2^L) and each stage's output (outermost first).</summary>
    public (Tensor Bottleneck, IReadOnlyList<Tensor> Skips) Forward(Tensor patches)
    {
        var skips = new List<Tensor>();
        var x = inConv.forward(patches);
        foreach (var down in downs)
        {
            skips.Add(x);
            x = down.forward(x);
        }

        return (x, skips);
    }
}
