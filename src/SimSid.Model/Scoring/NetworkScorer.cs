using SimSid.Model.Network;
using static TorchSharp.torch;

namespace SimSid.Model.Scoring;

/// <summary>Raw discriminator logits of student reconstructions, in evaluation mode without gradients.</summary>
internal static class NetworkScorer
{
    /// <summary>Images (N, 1, S, S) in [0, 1] → logits (float32; normalised as the configuration says, then converted to <paramref name="networkType"/>); the network must already be in evaluation mode.</summary>
    public static double[] RawLogits(SimSidNetwork network, Func<int, int, Tensor> batchOf, int count, ScalarType networkType = ScalarType.Float32, int batchSize = 16)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(batchOf);
        var result = new double[count];
        for (var start = 0; start < count; start += batchSize)
        {
            var n = Math.Min(batchSize, count - start);
            using var scope = NewDisposeScope();
            using var noGrad = no_grad();
            var images = PixelRange.ToSigned(InputNormalizer.Apply(batchOf(start, n), network.Config.InputNormalization)).to(networkType);
            var logits = network.RawScores(images).to_type(ScalarType.Float64).cpu().data<double>().ToArray();
            logits.CopyTo(result, start);
        }

        return result;
    }
}
