namespace SimSid.Hosting;

/// <summary>Kind of RabbitMQ queue declared for receive endpoints.</summary>
public enum RabbitMqQueueType
{
    /// <summary>Classic durable queues.</summary>
    Classic,

    /// <summary>Quorum queues (replicated; needs a RabbitMQ cluster to add safety).</summary>
    Quorum,
}
