using System.Globalization;

namespace SimSid.Pipeline.Tests;

/// <summary>The configuration keys that put a pipeline on a RabbitMQ broker given as amqp://user:pass@host:port/vhost.</summary>
internal static class RabbitMqSettings
{
    public static Dictionary<string, string?> For(Uri broker)
    {
        var userInfo = broker.UserInfo.Split(':');
        return new Dictionary<string, string?>
        {
            ["Messaging:Transport"] = "RabbitMq",
            ["RabbitMqTransport:Host"] = broker.Host,
            ["RabbitMqTransport:Port"] = (broker.IsDefaultPort ? 5672 : broker.Port).ToString(CultureInfo.InvariantCulture),
            ["RabbitMqTransport:VHost"] = broker.AbsolutePath.Length > 1 ? Uri.UnescapeDataString(broker.AbsolutePath[1..]) : "/",
            ["RabbitMqTransport:User"] = userInfo.Length > 0 && userInfo[0].Length > 0 ? Uri.UnescapeDataString(userInfo[0]) : "guest",
            ["RabbitMqTransport:Pass"] = userInfo.Length > 1 ? Uri.UnescapeDataString(userInfo[1]) : "guest",
        };
    }

    /// <summary>Adds the broker keys to <paramref name="settings"/> and returns it.</summary>
    public static Dictionary<string, string?> AddTo(Dictionary<string, string?> settings, Uri broker)
    {
        foreach (var (key, value) in For(broker))
        {
            settings[key] = value;
        }

        return settings;
    }
}
