namespace SimSid.Inference;

/// <summary>
/// One message's use of the model: the scorer current when the message started, kept until the lease is disposed,
/// so a message is preprocessed, scored and labelled by one model even when a new one becomes current meanwhile.
/// </summary>
public sealed class ScorerLease : IDisposable
{
    private readonly IDisposable? release;

    public ScorerLease(IImageScorer scorer, IDisposable? release = null)
    {
        ArgumentNullException.ThrowIfNull(scorer);
        Scorer = scorer;
        this.release = release;
    }

    public IImageScorer Scorer { get; }

    /// <summary>A lease from a hot-swapping scorer, or the scorer itself when it never changes.</summary>
    public static ScorerLease Acquire(IImageScorer scorer) =>
        scorer is ISwappableImageScorer swappable ? swappable.Acquire() : new ScorerLease(scorer);

    public void Dispose() => release?.Dispose();
}
