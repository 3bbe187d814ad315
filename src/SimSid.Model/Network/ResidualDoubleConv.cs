using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace SimSid.Model.Network;

/// <summary>
/// Three 3×3 convolutions with batch norm: the first (optionally strided) changes the width, the other two form a
/// residual branch added before the final ReLU. Down-sampling is done by the stride, never by pooling.
/// </summary>
internal sealed class ResidualDoubleConv : nn.Module<Tensor, Tensor>
{
    private readonly Conv2d conv1;
    private readonly BatchNorm2d norm1;
    private readonly Conv2d conv2;
    private readonly BatchNorm2d norm2;
    private readonly Conv2d conv3;
    private readonly BatchNorm2d norm3;

    public ResidualDoubleConv(long inChannels, long outChannels, long stride = 1)
        : base(nameof(ResidualDoubleConv))
    {
        conv1 = nn.Conv2d(inChannels, outChannels, 3, stride: stride, padding: 1);
        norm1 = nn.BatchNorm2d(outChannels);
        conv2 = nn.Conv2d(outChannels, outChannels, 3, padding: 1);
        norm2 = nn.BatchNorm2d(outChannels);
        conv3 = nn.Conv2d(outChannels, outChannels, 3, padding: 1);
        norm3 = nn.BatchNorm2d(outChannels);
        RegisterComponents();
    }

    public override Tensor forward(Tensor input)
    {
        using var scope = NewDisposeScope();
        var a = nn.functional.relu(norm1.forward(conv1.forward(input)));
        var b = nn.functional.relu(norm2.forward(conv2.forward(a)));
        b = norm3.forward(conv3.forward(b));
        return nn.functional.relu(a + b).MoveToOuterDisposeScope();
    }
}
