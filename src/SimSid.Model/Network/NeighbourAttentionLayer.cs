using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace SimSid.Model.Network;

/// <summary>
/// The in-painting transformer layer: the patch's own feature is the single query token, its 8 neighbours' memory
/// readouts are the keys and values. Post-norm residuals: h1 = ReLU(LN(attention) + own readout),
/// h2 = ReLU(LN(FF(h1)) + h1).
/// </summary>
internal sealed class NeighbourAttentionLayer : nn.Module
{
    private readonly Linear query;
    private readonly Linear key;
    private readonly Linear value;
    private readonly Linear output;
    private readonly LayerNorm norm1;
    private readonly Linear feedForward1;
    private readonly Linear feedForward2;
    private readonly LayerNorm norm2;
    private readonly int heads;

    public NeighbourAttentionLayer(int dimension, int heads, int feedForwardDim)
        : base(nameof(NeighbourAttentionLayer))
    {
        this.heads = heads;
        query = nn.Linear(dimension, dimension);
        key = nn.Linear(dimension, dimension);
        value = nn.Linear(dimension, dimension);
        output = nn.Linear(dimension, dimension);
        norm1 = nn.LayerNorm(dimension);
        feedForward1 = nn.Linear(dimension, feedForwardDim);
        feedForward2 = nn.Linear(feedForwardDim, dimension);
        norm2 = nn.LayerNorm(dimension);
        RegisterComponents();
    }

    /// <summary>centre (N, D) feature, ownReadout (N, D), neighbours (N, 8, D) → (N, D).</summary>
    public Tensor Forward(Tensor centre, Tensor ownReadout, Tensor neighbours)
    {
        using var scope = NewDisposeScope();
        var (n, d) = (centre.shape[0], centre.shape[1]);
        var headDim = d / heads;
        var q = query.forward(centre).reshape(n, heads, 1, headDim);
        var k = key.forward(neighbours).reshape(n, 8, heads, headDim).transpose(1, 2);
        var v = value.forward(neighbours).reshape(n, 8, heads, headDim).transpose(1, 2);
        var attention = nn.functional.softmax(q.matmul(k.transpose(2, 3)) / Math.Sqrt(headDim), -1);
        var mixed = output.forward(attention.matmul(v).reshape(n, d));
        var h1 = nn.functional.relu(norm1.forward(mixed) + ownReadout);
        var ff = feedForward2.forward(nn.functional.relu(feedForward1.forward(h1)));
        var h2 = nn.functional.relu(norm2.forward(ff) + h1);
        return h2.MoveToOuterDisposeScope();
    }
}
