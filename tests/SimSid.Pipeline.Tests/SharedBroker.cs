namespace SimSid.Pipeline.Tests;

/// <summary>
/// Tests that run whole pipelines on the shared broker (SIMSID_TEST_RABBITMQ) use the same queue names, so they must
/// not run at the same time as each other: this collection runs them one after another, after the parallel tests.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SharedBroker
{
    public const string Name = "Shared RabbitMQ broker";
}
