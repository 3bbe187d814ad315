namespace SimSid.Inference;

/// <summary>A scorer whose model can change between messages: take a <see cref="ScorerLease"/> per message.</summary>
public interface ISwappableImageScorer : IImageScorer
{
    /// <summary>The model current now, for one message; dispose the lease when the message is done.</summary>
    ScorerLease Acquire();
}
