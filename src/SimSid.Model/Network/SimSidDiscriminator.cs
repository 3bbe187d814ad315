using SimSid.Model.Configuration;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace SimSid.Model.Network;

/// <summary>
/// The discriminator: stride-2 5×5 convolutions with LeakyReLU(0.2) (batch norm on all but the first), then a linear
/// head giving one logit per image ("looks real" is high).
/// </summary>
internal sealed class SimSidDiscriminator : nn.Module<Tensor, Tensor>
{
    private readonly ModuleList<Conv2d> convs;
    private readonly ModuleList<DiscriminatorNorm> norms;
    private readonly Linear head;

    public SimSidDiscriminator(SimSidConfig config)
        : base(nameof(SimSidDiscriminator))
    {
        ArgumentNullException.ThrowIfNull(config);
        convs = new ModuleList<Conv2d>();
        norms = new ModuleList<DiscriminatorNorm>();
        long previous = 1;
        foreach (var width in config.DiscriminatorWidths)
        {
            convs.Add(nn.Conv2d(previous, width, 5, stride: 2, padding: 2));
            if (convs.Count > 1)
            {
                norms.Add(new DiscriminatorNorm(width));
            }

            previous = width;
        }

        var side = config.ImageSize >> config.DiscriminatorWidths.Count;
        head = nn.Linear(previous * side * side, 1);
        RegisterComponents();
        PerImageScoring = config.ScoringNorm == DiscriminatorScoringNorm.PerImage;
    }

    /// <summary>In evaluation mode, normalise each image by itself (reference-equivalent) instead of with running statistics.</summary>
    public bool PerImageScoring
    {
        get => norms.Count > 0 && norms[0].PerImage;
        set
        {
            foreach (var norm in norms)
            {
                norm.PerImage = value;
            }
        }
    }

    /// <summary>Images (B, 1, S, S) → logits (B).</summary>
    public override Tensor forward(Tensor input)
    {
        using var scope = NewDisposeScope();
        var x = input;
        for (var i = 0; i < convs.Count; i++)
        {
            x = convs[i].forward(x);
            if (i > 0)
            {
                x = norms[i - 1].forward(x);
            }

            x = nn.functional.leaky_relu(x, 0.2);
        }

        return head.forward(x.flatten(1)).squeeze(1).MoveToOuterDisposeScope();
    }
}
