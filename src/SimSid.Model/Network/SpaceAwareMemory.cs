using SimSid.Model.Configuration;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace SimSid.Model.Network;

/// <summary>
/// A set of memory blocks, one per spatial slot (patch position or window): a query at slot s only searches block s
/// (space-aware memory, paper Eq. 1). Each block holds N items of dimension D, either learned or a FIFO queue of recent
/// training features. Reads use Gumbel top-k shrinkage.
/// </summary>
internal sealed class SpaceAwareMemory : nn.Module
{
    private readonly Parameter? items;
    private readonly Tensor? queue;
    private readonly Tensor? queuePointer;
    private readonly int keep;
    private readonly double temperature;
    private readonly bool gumbelNoise;
    private Tensor? stash;

    public SpaceAwareMemory(int slots, int itemCount, int dimension, MemoryKind kind, int keep, double temperature, bool gumbelNoise)
        : base(nameof(SpaceAwareMemory))
    {
        Slots = slots;
        ItemCount = itemCount;
        Dimension = dimension;
        Kind = kind;
        this.keep = keep;
        this.temperature = temperature;
        this.gumbelNoise = gumbelNoise;
        var bound = 1.0 / Math.Sqrt(dimension);
        using (no_grad())
        {
            var initial = (rand(slots, itemCount, dimension) * (2 * bound)) - bound;
            if (kind == MemoryKind.LearnedMatrix)
            {
                items = nn.Parameter(initial);
            }
            else
            {
                queue = initial;
                queuePointer = zeros(1, dtype: int64);
            }
        }

        RegisterComponents();
    }

    public int Slots { get; }

    public int ItemCount { get; }

    public int Dimension { get; }

    public MemoryKind Kind { get; }

    /// <summary>The memory contents (S, N, D): the learned matrix or the queue buffer.</summary>
    public Tensor Contents => (Tensor?)items ?? queue!;

    /// <summary>Reads queries (R, S, D) and returns the readouts (R, S, D) and the addressing weights (S, R, N).</summary>
    public (Tensor Readout, Tensor Weights) Read(Tensor queries)
    {
        ArgumentNullException.ThrowIfNull(queries);
        if (queries.dim() != 3 || queries.shape[1] != Slots || queries.shape[2] != Dimension)
        {
            throw new ArgumentException($"Expected queries (R, {Slots}, {Dimension}), got ({string.Join(", ", queries.shape)}).", nameof(queries));
        }

        using var scope = NewDisposeScope();
        var memory = Kind == MemoryKind.LearnedMatrix ? (Tensor)items! : queue!.detach();
        var bySlot = queries.transpose(0, 1);
        var logits = bySlot.bmm(memory.transpose(1, 2));
        var weights = GumbelShrinkage.Apply(logits, keep, temperature, gumbelNoise && training);
        var readout = weights.bmm(memory).transpose(0, 1);
        if (Kind == MemoryKind.FifoQueue && training)
        {
            stash?.Dispose();
            stash = queries.detach().clone().DetachFromDisposeScope();
        }

        return (readout.MoveToOuterDisposeScope(), weights.MoveToOuterDisposeScope());
    }

    /// <summary>Writes the features stashed by the last training read into the FIFO queue (called after a generator step).</summary>
    public void CommitQueue()
    {
        if (Kind != MemoryKind.FifoQueue || stash is null)
        {
            return;
        }

        using var scope = NewDisposeScope();
        using (no_grad())
        {
            var rows = stash.transpose(0, 1);
            var count = rows.shape[1];
            if (count > ItemCount)
            {
                rows = rows.narrow(1, count - ItemCount, ItemCount);
                count = ItemCount;
            }

            var start = queuePointer!.item<long>();
            var index = (arange(count, dtype: int64) + start) % ItemCount;
            queue!.index_copy_(1, index, rows);
            queuePointer.fill_((start + count) % ItemCount);
        }

        stash.Dispose();
        stash = null;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            stash?.Dispose();
            stash = null;
        }

        base.Dispose(disposing);
    }
}
