using MassTransit;
using Microsoft.Extensions.Logging;
using SimSid.Contracts;

namespace SimSid.Inference;

/// <summary>
/// A model was promoted: re-read the registry pointer now instead of waiting for the file notification or the poll
/// (the switch itself is <see cref="ModelHost.Refresh"/>; the pointer, not the message, decides which model is current).
/// </summary>
public sealed class ModelPublishedConsumer(IImageScorer scorer, ILogger<ModelPublishedConsumer> logger) : IConsumer<ModelPublished>
{
    public Task Consume(ConsumeContext<ModelPublished> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var switched = scorer is ModelHost host && host.Refresh();
        Log.ModelPublishedReceived(logger, context.Message.Version, context.Message.DeviceUid, switched);
        return Task.CompletedTask;
    }
}
