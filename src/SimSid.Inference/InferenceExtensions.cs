using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using SimSid.Hosting;

namespace SimSid.Inference;

/// <summary>Wires the inference role: the model (loaded once, before the bus) and the StudyReady consumer.</summary>
public static class InferenceExtensions
{
    public static IHostApplicationBuilder AddInference(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<InferenceOptions>().BindConfiguration(InferenceOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<InferenceMetrics>();
        if (!services.Any(d => d.ServiceType == typeof(IImageScorer)))
        {
            // The model, loaded once before the bus starts (hosted services start in registration order).
            services.AddSingleton<ModelHost>();
            services.AddHostedService(sp => sp.GetRequiredService<ModelHost>());
            services.AddSingleton<IImageScorer>(sp => sp.GetRequiredService<ModelHost>());
            services.AddHealthChecks().AddCheck<ModelHost>("model", tags: [HealthTags.Ready]);
        }

        builder.AddSimSidConsumers(x => x.AddConsumer<StudyReadyConsumer>(typeof(StudyReadyConsumerDefinition)));
        return builder;
    }
}
