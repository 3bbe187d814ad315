using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SimSid.Contracts;
using SimSid.Retrain.Gate;
using SimSid.Retrain.Jobs;
using SimSid.Retrain.Scheduling;
using SimSid.Retrain.Selection;
using SimSid.Retrain.Training;

namespace SimSid.Retrain.Hosting;

/// <summary>
/// Scheduled retraining in a long-running role: at every occurrence of <c>Retrain:Schedule</c> one
/// <see cref="RetrainJob"/> run on the archived instances (off the host's threads). Runs never overlap: the next
/// occurrence is computed after a run ends, and the job's registry lock also refuses a concurrent
/// <c>simsid retrain</c>. The job logs one structured event per run; after a promotion the
/// <see cref="ModelPublished"/> message goes to the inference workers. A failed run is logged and the schedule goes on.
/// </summary>
public sealed class ScheduledRetrainService(
    IOptions<ScheduledRetrainOptions> options,
    IArchivedInstanceSource source,
    ICandidateTrainer trainer,
    IModelEvaluator evaluator,
    IModelPublishedNotifier notifier,
    ILogger<ScheduledRetrainService> logger,
    TimeProvider time) : BackgroundService
{
    /// <summary>Raised after every scheduled run with its result (for tests and diagnostics).</summary>
    public event EventHandler<RetrainResult>? RunCompleted;

    /// <summary>Runs once now, as a scheduled occurrence does; returns the result.</summary>
    public async Task<RetrainResult> RunOnceAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var started = time.GetUtcNow();
        Log.ScheduledRunStarting(logger, settings.Schedule, settings.RegistryDirectory);
        ModelPublished? published = null;
        var job = new RetrainJob(settings.ToJobOptions(started), trainer, evaluator, logger, time, message => published = message);
        var result = await Task.Run(() => job.Run(source), cancellationToken).ConfigureAwait(false);
        if (published is not null)
        {
            await notifier.PublishAsync(published, cancellationToken).ConfigureAwait(false);
            Log.ModelPublished(logger, published.Version, published.DeviceUid, result.PreviousVersion);
        }

        RunCompleted?.Invoke(this, result);
        return result;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        var scheduler = new RetrainScheduler(settings.ToSchedule(), time, ex => Log.ScheduledRunFailed(logger, ex));
        if (scheduler.Next() is { } first)
        {
            Log.Scheduled(logger, settings.Schedule, string.IsNullOrEmpty(settings.TimeZone) ? "UTC" : settings.TimeZone, first.At);
        }

        await scheduler.RunAsync(
            async ct =>
            {
                await RunOnceAsync(ct).ConfigureAwait(false);
                if (scheduler.Next() is { } next)
                {
                    Log.NextRun(logger, next.At);
                }
            },
            stoppingToken).ConfigureAwait(false);
    }
}
