using System.ComponentModel.DataAnnotations;

namespace SimSid.Hosting;

/// <summary>Bus settings (section <see cref="SectionName"/>); the broker itself is MassTransit's <c>RabbitMqTransport</c> section.</summary>
public sealed class MessagingOptions
{
    public const string SectionName = "Messaging";

    /// <summary>InMemory (one process) or RabbitMq.</summary>
    public MessageTransport Transport { get; set; } = MessageTransport.InMemory;

    /// <summary>Classic (durable) or Quorum queues on RabbitMQ.</summary>
    public RabbitMqQueueType QueueType { get; set; } = RabbitMqQueueType.Classic;

    /// <summary>Messages fetched ahead per receive endpoint.</summary>
    [Range(1, 1000)]
    public int PrefetchCount { get; set; } = 16;

    /// <summary>Immediate retries of a message that failed with a transient error, before it goes to the _error queue.</summary>
    [Range(0, 20)]
    public int RetryLimit { get; set; } = 3;

    /// <summary>First retry interval; each later retry waits twice as long.</summary>
    public TimeSpan RetryInterval { get; set; } = TimeSpan.FromMilliseconds(200);
}
