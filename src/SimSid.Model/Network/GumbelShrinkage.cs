using static TorchSharp.torch;

namespace SimSid.Model.Network;

/// <summary>
/// Gumbel top-k shrinkage of memory addressing weights (paper §3.2, footnote 3): the forward pass keeps only the
/// k most similar items (re-normalised to sum 1), the backward pass distributes the gradient of the dense softmax to
/// every item (straight-through estimator).
/// </summary>
internal static class GumbelShrinkage
{
    /// <summary>
    /// Addressing weights from similarity <paramref name="logits"/> (…, N): softmax over the last dimension at
    /// <paramref name="temperature"/>, with Gumbel noise when <paramref name="addNoise"/>, then hard top-<paramref name="keep"/>.
    /// </summary>
    public static Tensor Apply(Tensor logits, int keep, double temperature, bool addNoise)
    {
        using var scope = NewDisposeScope();
        var scaled = temperature == 1.0 ? logits : logits / temperature;
        if (addNoise)
        {
            // Gumbel(0, 1) noise: −log(−log U), U uniform in (0, 1).
            var uniform = rand_like(scaled).clamp(1e-10, 1 - 1e-7);
            scaled = scaled - (-uniform.log()).log();
        }

        var soft = nn.functional.softmax(scaled, -1);
        var (_, indices) = soft.topk(keep, dim: -1);
        var mask = zeros_like(soft).scatter_(-1, indices, ones_like(indices, dtype: soft.dtype));
        var hard = soft.detach() * mask;
        hard = hard / hard.sum(-1, keepdim: true).clamp_min(1e-12);
        var result = (hard - soft.detach()) + soft;
        return result.MoveToOuterDisposeScope();
    }
}
