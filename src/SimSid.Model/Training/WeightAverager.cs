using static TorchSharp.torch;

namespace SimSid.Model.Training;

/// <summary>
/// Exponential moving average of a module's parameters into a twin module of the same shape; buffers (batch-norm
/// statistics, memory queues) are copied as they are. The decay ramps up early, min(decay, (1 + n) / (10 + n)).
/// With averaging off the trainer passes the live module as its own twin: then nothing is copied or averaged (an
/// in-place average of a tensor with itself would zero it).
/// </summary>
internal sealed class WeightAverager(nn.Module live, nn.Module averaged, double decay)
{
    private long updates;

    public long Updates
    {
        get => updates;
        set => updates = value;
    }

    /// <summary>Copies every parameter and buffer from the live module (start, or averaging turned off).</summary>
    public void CopyAll()
    {
        if (ReferenceEquals(live, averaged))
        {
            return;
        }

        using var noGrad = no_grad();
        foreach (var (target, source) in averaged.parameters().Zip(live.parameters()))
        {
            target.copy_(source);
        }

        CopyBuffers();
    }

    public void Update()
    {
        updates++;
        if (ReferenceEquals(live, averaged))
        {
            return;
        }

        var d = Math.Min(decay, (1.0 + updates) / (10.0 + updates));
        using var noGrad = no_grad();
        foreach (var (target, source) in averaged.parameters().Zip(live.parameters()))
        {
            target.mul_(d).add_(source, alpha: 1 - d);
        }

        CopyBuffers();
    }

    private void CopyBuffers()
    {
        foreach (var (target, source) in averaged.buffers().Zip(live.buffers()))
        {
            target.copy_(source);
        }
    }
}
