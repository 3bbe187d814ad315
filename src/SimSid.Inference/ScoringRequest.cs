using SimSid.Imaging;

namespace SimSid.Inference;

/// <summary>One study's images waiting in the <see cref="CrossStudyBatcher"/>, with the model its message leased.</summary>
internal sealed class ScoringRequest(IImageScorer model, IReadOnlyList<GrayImage> images, CancellationToken cancellationToken)
{
    public IImageScorer Model { get; } = model;

    public IReadOnlyList<GrayImage> Images { get; } = images;

    public TaskCompletionSource<IReadOnlyList<double>> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes the request as cancelled when its message was cancelled while it waited; true if so.</summary>
    public bool CancelIfRequested() => cancellationToken.IsCancellationRequested && Completion.TrySetCanceled(cancellationToken);
}
