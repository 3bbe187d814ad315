using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Serilog;
using Serilog.Events;

namespace SimSid.Hosting;

/// <summary>
/// Serilog set-up: a bootstrap logger for start-up failures, then the configuration-driven logger (the
/// <c>Serilog</c> section: levels, overrides, extra sinks) plus the console and, when <c>Seq:ServerUrl</c> is set, Seq.
/// </summary>
public static class SimSidLogging
{
    /// <summary>Console logger used until the host has built its own (wrap Program in try/catch/finally with it).</summary>
    public static void CreateBootstrapLogger() =>
        Log.Logger = new LoggerConfiguration()
            .MinimumLevel.Override("Microsoft", LogEventLevel.Warning)
            .WriteTo.Console(formatProvider: System.Globalization.CultureInfo.InvariantCulture)
            .CreateBootstrapLogger();

    /// <summary>Registers the host's Serilog logger; disposing the host flushes the sinks.</summary>
    public static IServiceCollection AddSimSidSerilog(this IServiceCollection services, IConfiguration configuration, string role)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var seq = configuration.GetSection(SeqOptions.SectionName).Get<SeqOptions>() ?? new SeqOptions();
        var consoleConfigured = configuration.GetSection("Serilog:WriteTo").GetChildren().Any();
        return services.AddSerilog(
            (provider, logger) =>
            {
                logger.MinimumLevel.Information()
                    .MinimumLevel.Override("Microsoft", LogEventLevel.Warning)
                    .MinimumLevel.Override("MassTransit", LogEventLevel.Warning)
                    .ReadFrom.Configuration(configuration)
                    .ReadFrom.Services(provider)
                    .Enrich.FromLogContext()
                    .Enrich.WithProperty("Application", "simsid")
                    .Enrich.WithProperty("Role", role);
                if (!consoleConfigured)
                {
                    logger.WriteTo.Console(formatProvider: System.Globalization.CultureInfo.InvariantCulture);
                }

                if (Uri.TryCreate(seq.ServerUrl, UriKind.Absolute, out _)) // an invalid URL is reported by option validation instead
                {
                    logger.WriteTo.Seq(seq.ServerUrl, apiKey: string.IsNullOrWhiteSpace(seq.ApiKey) ? null : seq.ApiKey, period: seq.Period, formatProvider: System.Globalization.CultureInfo.InvariantCulture);
                }
            },
            preserveStaticLogger: true,
            writeToProviders: false);
    }
}
