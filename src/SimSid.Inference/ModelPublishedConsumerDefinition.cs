using MassTransit;

namespace SimSid.Inference;

/// <summary>
/// Every worker needs its own copy of <c>ModelPublished</c>: a per-process temporary queue
/// (<c>model-published-&lt;id&gt;</c>; on RabbitMQ MassTransit gives it an expiry, so the broker removes it about a
/// minute after its worker is gone).
/// </summary>
public sealed class ModelPublishedConsumerDefinition : ConsumerDefinition<ModelPublishedConsumer>
{
    public ModelPublishedConsumerDefinition()
    {
        Endpoint(e =>
        {
            e.Temporary = true;
            e.InstanceId = Guid.NewGuid().ToString("N")[..12];
        });
    }
}
