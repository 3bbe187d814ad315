using SimSid.Model.Network;
using TorchSharp;
using static TorchSharp.torch;

namespace SimSid.Model.Training;

/// <summary>
/// Mixed-precision training without autocast (TorchSharp has none): a bfloat16 copy of the network does the forward
/// and backward passes; its gradients are handed to the float32 network, whose optimisers step the float32 weights,
/// which are then copied back into the copy. Buffers the copy changes while computing (batch-norm running statistics,
/// memory queues and their pointers) are copied to the float32 network after every iteration, so validation, export
/// and checkpoints read the float32 network as usual. bfloat16 keeps float32's exponent range: no loss scaling.
/// </summary>
internal sealed class MixedPrecisionShadow : IDisposable
{
    private readonly SimSidNetwork master;

    public MixedPrecisionShadow(SimSidNetwork master, Device device)
    {
        ArgumentNullException.ThrowIfNull(master);
        this.master = master;
        Network = new SimSidNetwork(master.Config);
        Network.to(device);
        Network.to(ScalarType.BFloat16);
        var masterNames = master.named_parameters().Select(p => p.name).ToList();
        if (!masterNames.SequenceEqual(Network.named_parameters().Select(p => p.name)))
        {
            throw new InvalidOperationException("The bfloat16 copy of the network does not have the float32 network's parameters.");
        }

        Synchronise();
        if (master.training)
        {
            Network.train();
        }
        else
        {
            Network.eval();
        }
    }

    /// <summary>The bfloat16 network that computes.</summary>
    public SimSidNetwork Network { get; }

    public static ScalarType ComputeType => ScalarType.BFloat16;

    /// <summary>Sets the float32 <paramref name="masterPart"/>'s gradients to those the copy's <paramref name="shadowPart"/> computed.</summary>
    public static void PullGradients(nn.Module shadowPart, nn.Module masterPart)
    {
        ArgumentNullException.ThrowIfNull(shadowPart);
        ArgumentNullException.ThrowIfNull(masterPart);
        using var noGrad = no_grad();
        foreach (var (shadow, target) in shadowPart.parameters().Zip(masterPart.parameters()))
        {
            if (shadow.grad is not { } gradient)
            {
                target.grad = null;
            }
            else if (target.grad is { } existing)
            {
                existing.copy_(gradient);
            }
            else
            {
                target.grad = gradient.to(target.dtype);
            }
        }
    }

    /// <summary>Copies the float32 weights of <paramref name="masterPart"/> into the copy's <paramref name="shadowPart"/> (rounded to bfloat16).</summary>
    public static void PushWeights(nn.Module masterPart, nn.Module shadowPart)
    {
        ArgumentNullException.ThrowIfNull(masterPart);
        ArgumentNullException.ThrowIfNull(shadowPart);
        using var noGrad = no_grad();
        foreach (var (source, target) in masterPart.parameters().Zip(shadowPart.parameters()))
        {
            target.copy_(source);
        }
    }

    /// <summary>Makes the copy equal the float32 network again (weights and buffers), e.g. after a checkpoint was loaded into it.</summary>
    public void Synchronise()
    {
        PushWeights(master, Network);
        CopyBuffers(master, Network);
    }

    /// <summary>Copies every buffer the copy changed while computing into the float32 network.</summary>
    public void PullBuffers() => CopyBuffers(Network, master);

    public void Dispose() => Network.Dispose();

    private static void CopyBuffers(nn.Module from, nn.Module to)
    {
        using var noGrad = no_grad();
        foreach (var ((_, source), (_, target)) in from.named_buffers().Zip(to.named_buffers()))
        {
            target.copy_(source);
        }
    }
}
