using System.Globalization;

namespace SimSid.Commands;

/// <summary>
/// The configuration of the benchmarked host: <c>simsid demo</c>'s loopback <c>serve</c> (free ports, scratch archive and
/// database, one PACS destination) with the bench's settle time, TorchSharp threads, batch size and concurrency and, when given, a RabbitMQ broker.
/// Logs go to stderr so that stdout stays the table or the JSON object.
/// </summary>
internal static class PipelineBenchmarkSettings
{
    public static List<string> Create(string root, PipelineBenchmarkOptions options, int pacsPort, Uri? broker)
    {
        var settings = LoopbackServeArguments.Create(
            root, options.ModelDirectory, pacsPort, "bench-pacs", TimeSpan.FromSeconds(options.SettleSeconds), TimeSpan.FromSeconds(options.SettlePollSeconds));
        settings.Add("--Serilog:WriteTo:0:Name=Console");
        settings.Add("--Serilog:WriteTo:0:Args:standardErrorFromLevel=Verbose");
        settings.Add("--Inference:Threads=" + options.Threads.ToString(CultureInfo.InvariantCulture));
        settings.Add("--Inference:MaxBatchSize=" + options.MaxBatchSize.ToString(CultureInfo.InvariantCulture));
        settings.Add("--Inference:ConcurrentMessageLimit=" + options.ConcurrentStudies.ToString(CultureInfo.InvariantCulture));
        settings.Add("--Inference:PrefetchCount=" + options.ConcurrentStudies.ToString(CultureInfo.InvariantCulture));
        if (broker is not null)
        {
            var user = broker.UserInfo.Split(':', 2);
            settings.Add("--Messaging:Transport=RabbitMq");
            settings.Add("--RabbitMqTransport:Host=" + broker.Host);
            settings.Add("--RabbitMqTransport:Port=" + (broker.IsDefaultPort || broker.Port < 0 ? 5672 : broker.Port).ToString(CultureInfo.InvariantCulture));
            settings.Add("--RabbitMqTransport:VHost=" + (broker.AbsolutePath.Length > 1 ? Uri.UnescapeDataString(broker.AbsolutePath[1..]) : "/"));
            settings.Add("--RabbitMqTransport:User=" + (user[0].Length > 0 ? Uri.UnescapeDataString(user[0]) : "guest"));
            settings.Add("--RabbitMqTransport:Pass=" + (user.Length > 1 ? Uri.UnescapeDataString(user[1]) : "guest"));
        }

        return settings;
    }
}
