using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SimSid.Imaging;
using SimSid.Model.Training;
using SimSid.Retrain.Gate;
using SimSid.Retrain.Training;

namespace SimSid.Retrain.Hosting;

/// <summary>Wires scheduled retraining into a long-running role (<c>simsid serve</c>, <c>simsid gateway</c>).</summary>
public static class RetrainHostingExtensions
{
    /// <summary>
    /// Binds and validates <c>Retrain:*</c> (a bad schedule or time zone stops start-up); when <c>Retrain:Enabled</c>
    /// adds <see cref="ScheduledRetrainService"/>. The host registers the <see cref="Selection.IArchivedInstanceSource"/>
    /// (the gateway's state database); <paramref name="imageLoader"/> reads archived files (DICOM) for the model library.
    /// </summary>
    public static IHostApplicationBuilder AddScheduledRetraining(this IHostApplicationBuilder builder, Func<string, GrayImage>? imageLoader = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<ScheduledRetrainOptions>().BindConfiguration(ScheduledRetrainOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ScheduledRetrainOptions>, ScheduledRetrainOptionsValidator>());
        var enabled = builder.Configuration.GetSection(ScheduledRetrainOptions.SectionName).GetValue<bool>(nameof(ScheduledRetrainOptions.Enabled));
        if (!enabled)
        {
            return builder;
        }

        services.TryAddSingleton<IModelPublishedNotifier, BusModelPublishedNotifier>();
        // Built from the raw section, not IOptions<>.Value, so invalid settings surface as the validation failure
        // (one clear message at start) rather than as an exception while the hosted services are resolved.
        var section = builder.Configuration.GetSection(ScheduledRetrainOptions.SectionName);
        services.TryAddSingleton<ICandidateTrainer>(sp => new ModelCandidateTrainer(
            new TrainingOptions { Device = section[nameof(ScheduledRetrainOptions.Device)] ?? "cpu" },
            imageLoader,
            sp.GetRequiredService<ILogger<ModelCandidateTrainer>>()));
        services.TryAddSingleton<IModelEvaluator>(_ => new ModelEvaluator(
            imageLoader,
            int.TryParse(section[nameof(ScheduledRetrainOptions.Threads)], NumberStyles.Integer, CultureInfo.InvariantCulture, out var threads) ? threads : 0));
        services.AddSingleton<ScheduledRetrainService>();
        services.AddHostedService(sp => sp.GetRequiredService<ScheduledRetrainService>());
        return builder;
    }
}
