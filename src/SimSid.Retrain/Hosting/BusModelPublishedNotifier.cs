using MassTransit;
using SimSid.Contracts;

namespace SimSid.Retrain.Hosting;

/// <summary>Publishes <see cref="ModelPublished"/> on the role's bus (every inference worker gets its own copy).</summary>
internal sealed class BusModelPublishedNotifier(IBus bus) : IModelPublishedNotifier
{
    public Task PublishAsync(ModelPublished message, CancellationToken cancellationToken) => bus.Publish(message, cancellationToken);
}
