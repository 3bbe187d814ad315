namespace SimSid.Hosting;

/// <summary>The message transport between the roles.</summary>
public enum MessageTransport
{
    /// <summary>MassTransit's in-memory transport: one process, no broker (the embedded default).</summary>
    InMemory,

    /// <summary>RabbitMQ, configured by the <c>RabbitMqTransport</c> section.</summary>
    RabbitMq,
}
