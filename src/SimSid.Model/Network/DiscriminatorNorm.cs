using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace SimSid.Model.Network;

/// <summary>
/// Batch norm for the discriminator. While scoring with <see cref="PerImage"/> set, each image is normalised with its
/// own per-channel mean and (biased) variance and BN's affine weights — the exact result of a training-mode BN over a
/// batch of one image, without touching the running statistics and independent of batch composition.
/// </summary>
internal sealed class DiscriminatorNorm : nn.Module<Tensor, Tensor>
{
    private readonly BatchNorm2d norm;

    public DiscriminatorNorm(long channels)
        : base(nameof(DiscriminatorNorm))
    {
        norm = nn.BatchNorm2d(channels);
        RegisterComponents();
    }

    /// <summary>Normalise per image when not training (set by the discriminator).</summary>
    public bool PerImage { get; set; }

    public override Tensor forward(Tensor input)
    {
        if (training || !PerImage)
        {
            return norm.forward(input);
        }

        using var scope = NewDisposeScope();
        var mean = input.mean([2, 3], keepdim: true);
        var variance = input.var([2, 3], unbiased: false, keepdim: true);
        var normalised = (input - mean) / (variance + norm.eps).sqrt();
        var c = input.shape[1];
        var result = (normalised * norm.weight!.reshape(1, c, 1, 1)) + norm.bias!.reshape(1, c, 1, 1);
        return result.MoveToOuterDisposeScope();
    }
}
