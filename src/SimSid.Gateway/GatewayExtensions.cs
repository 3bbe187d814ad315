using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using SimSid.Dicom.Network.Scp;
using SimSid.Gateway.Archive;
using SimSid.Gateway.Delivery;
using SimSid.Gateway.Receiving;
using SimSid.Gateway.Reporting;
using SimSid.Gateway.State;
using SimSid.Hosting;

namespace SimSid.Gateway;

/// <summary>Wires the gateway role: C-STORE SCP → archive + state database → settle → StudyReady; StudyScored → SR → delivery.</summary>
public static class GatewayExtensions
{
    public static IHostApplicationBuilder AddGateway(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<GatewayOptions>().BindConfiguration(GatewayOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<GatewayOptions>, GatewayOptionsValidator>();
        services.AddOptions<DeliveryOptions>().BindConfiguration(DeliveryOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<DeliveryOptions>, DeliveryOptionsValidator>();
        services.AddOptions<DicomScpOptions>().BindConfiguration(DicomScpOptions.SectionName).ValidateOnStart();
        services.AddSingleton<ScpOptionsSetup>();
        services.AddSingleton<IPostConfigureOptions<DicomScpOptions>>(sp => sp.GetRequiredService<ScpOptionsSetup>());
        services.AddSingleton<IValidateOptions<DicomScpOptions>>(sp => sp.GetRequiredService<ScpOptionsSetup>());

        services.AddSingleton(sp => StateDatabase.Open(sp.GetRequiredService<IOptions<StorageOptions>>().Value.DatabasePath));
        services.AddSingleton(sp => new InstanceArchive(sp.GetRequiredService<IOptions<StorageOptions>>().Value.ArchiveDirectory));
        services.AddSingleton<StudyStore>();
        services.AddSingleton<JobStore>();
        services.AddSingleton<DeliveryStore>();
        services.AddSingleton<GatewayMetrics>();
        services.AddSingleton<DeliverySignal>();
        services.AddSingleton<TriageCompletion>();
        services.TryAddSingleton<IReportSender, DicomReportSender>();

        services.AddSingleton<StoreScpService>();
        services.AddHostedService(sp => sp.GetRequiredService<StoreScpService>());
        services.AddSingleton<StudySettler>();
        services.AddHostedService(sp => sp.GetRequiredService<StudySettler>());
        services.AddSingleton<DeliveryWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<DeliveryWorker>());

        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database", tags: [HealthTags.Ready])
            .AddCheck<StoreScpService>("dicom-scp", tags: [HealthTags.Ready])
            .Add(new Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckRegistration(
                "disk",
                sp =>
                {
                    var storage = sp.GetRequiredService<IOptions<StorageOptions>>().Value;
                    return new DiskSpaceHealthCheck(storage.ArchiveDirectory, storage.MinimumFreeMegabytes * 1024 * 1024);
                },
                failureStatus: null,
                tags: [HealthTags.Ready]));

        var destinations = builder.Configuration.GetSection(DeliveryOptions.SectionName).GetSection(nameof(DeliveryOptions.Destinations)).GetChildren();
        foreach (var name in destinations.Select(d => d["Name"]).OfType<string>().Where(n => n.Length > 0))
        {
            services.AddHealthChecks().Add(new Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckRegistration(
                "pacs-" + name,
                sp => ActivatorUtilities.CreateInstance<DestinationEchoHealthCheck>(sp, name),
                failureStatus: null,
                tags: [HealthTags.Pacs]));
        }

        builder.AddSimSidConsumers(x => x.AddConsumer<StudyScoredConsumer>());
        return builder;
    }
}
