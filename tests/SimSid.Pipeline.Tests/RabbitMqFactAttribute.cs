namespace SimSid.Pipeline.Tests;

/// <summary>
/// A test against a real RabbitMQ named by SIMSID_TEST_RABBITMQ (amqp://user:pass@host:port/vhost). Skipped when it is
/// unset on a developer machine; on CI (CI=true) it runs and fails with a clear message instead, so it is never lost silently.
/// </summary>
public sealed class RabbitMqFactAttribute : FactAttribute
{
    public const string Variable = "SIMSID_TEST_RABBITMQ";

    public RabbitMqFactAttribute()
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(Variable))
            && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Skip = $"{Variable} is not set (e.g. amqp://guest:guest@127.0.0.1:5672/); start rabbitmq-server on loopback to run this test.";
        }
    }

    /// <summary>The broker URI, or a failure explaining what CI must provide.</summary>
    public static Uri BrokerUri()
    {
        var value = Environment.GetEnvironmentVariable(Variable);
        Assert.False(string.IsNullOrWhiteSpace(value), $"CI=true but {Variable} is not set: test.sh must start rabbitmq-server on loopback and export {Variable}=amqp://guest:guest@127.0.0.1:5672/.");
        return new Uri(value!);
    }
}
