using SimSid.Model.Network;
using static TorchSharp.torch;

namespace SimSid.Model.Scoring;

/// <summary>
/// Raw discriminator logits of student reconstructions, in evaluation mode without gradients; with a positive shift,
/// the mean logit over the image's <see cref="ShiftedViews"/>.
/// </summary>
internal static class NetworkScorer
{
    /// <summary>
    /// Images (N, 1, S, S) in [0, 1] → logits (float32; each view shifted in [0, 1], then normalised as the configuration
    /// says and converted to <paramref name="networkType"/>); the network must already be in evaluation mode.
    /// </summary>
    public static double[] RawLogits(SimSidNetwork network, Func<int, int, Tensor> batchOf, int count, ScalarType networkType = ScalarType.Float32, int batchSize = 16, int shiftPixels = 0)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(batchOf);
        var offsets = ShiftedViews.Offsets(shiftPixels);
        var result = new double[count];
        for (var start = 0; start < count; start += batchSize)
        {
            var n = Math.Min(batchSize, count - start);
            using var scope = NewDisposeScope();
            using var noGrad = no_grad();
            var unit = batchOf(start, n);
            foreach (var (dx, dy) in offsets)
            {
                var images = PixelRange.ToSigned(InputNormalizer.Apply(ShiftedViews.Translate(unit, dx, dy), network.Config.InputNormalization)).to(networkType);
                var logits = network.RawScores(images).to_type(ScalarType.Float64).cpu().data<double>();
                for (var i = 0; i < n; i++)
                {
                    result[start + i] += logits[i] / offsets.Count;
                }
            }
        }

        return result;
    }
}
