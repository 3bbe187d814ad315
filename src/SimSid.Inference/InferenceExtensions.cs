using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using SimSid.Hosting;

namespace SimSid.Inference;

/// <summary>Wires the inference role: the model (loaded once, before the bus; hot-reloaded from a registry) and the consumers.</summary>
public static class InferenceExtensions
{
    public static IHostApplicationBuilder AddInference(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<InferenceOptions>().BindConfiguration(InferenceOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<InferenceMetrics>();
        services.AddSingleton<CrossStudyBatcher>();
        if (!services.Any(d => d.ServiceType == typeof(IImageScorer)))
        {
            // The model, loaded once before the bus starts (hosted services start in registration order).
            services.AddSingleton<ModelHost>();
            services.AddHostedService(sp => sp.GetRequiredService<ModelHost>());
            services.AddSingleton<IImageScorer>(sp => sp.GetRequiredService<ModelHost>());
            services.AddHealthChecks().AddCheck<ModelHost>("model", tags: [HealthTags.Ready]);
        }

        builder.AddSimSidConsumers(x => x.AddConsumer<StudyReadyConsumer>(typeof(StudyReadyConsumerDefinition)));
        if (FollowsRegistry(builder.Configuration))
        {
            // Every worker needs its own copy of ModelPublished: a temporary queue per process. Quorum queues cannot be
            // temporary; there the file notification and the poll pick the promotion up.
            builder.AddSimSidConsumers(x => x.AddConsumer<ModelPublishedConsumer>(typeof(ModelPublishedConsumerDefinition)));
        }

        return builder;
    }

    private static bool FollowsRegistry(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration[$"{InferenceOptions.SectionName}:{nameof(InferenceOptions.ModelRegistry)}"])
        && !string.Equals(configuration[$"{MessagingOptions.SectionName}:{nameof(MessagingOptions.QueueType)}"], nameof(RabbitMqQueueType.Quorum), StringComparison.OrdinalIgnoreCase);
}
