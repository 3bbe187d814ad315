using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Prometheus;

namespace SimSid.Hosting;

/// <summary>The "service defaults" shared by every role: logging, options validation, health checks, metrics.</summary>
public static class SimSidHostingExtensions
{
    /// <summary>Serilog (configuration-driven, console + Seq), option validation and the liveness check.</summary>
    public static IHostApplicationBuilder AddSimSidDefaults(this IHostApplicationBuilder builder, string role)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSimSidSerilog(builder.Configuration, role);
        builder.Services.AddOptions<SeqOptions>().BindConfiguration(SeqOptions.SectionName)
            .Validate(o => string.IsNullOrWhiteSpace(o.ServerUrl) || Uri.TryCreate(o.ServerUrl, UriKind.Absolute, out _), "Seq:ServerUrl must be an absolute URL such as http://seq:5341.")
            .ValidateOnStart();
        builder.Services.AddOptions<ManagementOptions>().BindConfiguration(ManagementOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<SimSidMeterBridge>();
        builder.Services.AddHealthChecks().AddCheck("self", () => HealthCheckResult.Healthy(), tags: [HealthTags.Live]);
        return builder;
    }

    /// <summary>As above, plus the management HTTP server on <c>Management:BindAddress</c>:<c>Management:Port</c>.</summary>
    public static WebApplicationBuilder AddSimSidDefaults(this WebApplicationBuilder builder, string role)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ((IHostApplicationBuilder)builder).AddSimSidDefaults(role);
        var management = builder.Configuration.GetSection(ManagementOptions.SectionName).Get<ManagementOptions>() ?? new ManagementOptions();
        var host = management.BindAddress is "0.0.0.0" or "*" ? "0.0.0.0" : management.BindAddress;
        builder.WebHost.UseUrls(string.Create(CultureInfo.InvariantCulture, $"http://{host}:{management.Port}"));
        return builder;
    }

    /// <summary>Maps /health/live, /health/ready, /health/pacs (C-ECHO per destination) and the Prometheus /metrics endpoint.</summary>
    public static WebApplication MapSimSidManagement(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapHealthChecks("/health/live", new HealthCheckOptions
        {
            Predicate = c => c.Tags.Contains(HealthTags.Live),
            ResponseWriter = HealthResponseWriter.WriteAsync,
        });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions
        {
            Predicate = c => c.Tags.Contains(HealthTags.Ready),
            ResponseWriter = HealthResponseWriter.WriteAsync,
        });
        app.MapHealthChecks("/health/pacs", new HealthCheckOptions
        {
            Predicate = c => c.Tags.Contains(HealthTags.Pacs),
            ResponseWriter = HealthResponseWriter.WriteAsync,
        });
        _ = app.Services.GetRequiredService<SimSidMeterBridge>();
        app.MapMetrics("/metrics");
        return app;
    }
}
