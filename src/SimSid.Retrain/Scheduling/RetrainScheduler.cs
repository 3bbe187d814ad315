namespace SimSid.Retrain.Scheduling;

/// <summary>
/// Runs a job at every occurrence of a schedule until cancelled; a host wraps <see cref="RunAsync"/> in its own
/// background service. Runs never overlap (the next occurrence is computed after a run ends, so occurrences that
/// passed during a long run are skipped). A failing run is reported through <paramref name="onError"/> and the loop
/// goes on.
/// </summary>
public sealed class RetrainScheduler(RetrainSchedule schedule, TimeProvider? time = null, Action<Exception>? onError = null)
{
    private readonly TimeProvider time = time ?? TimeProvider.System;

    /// <summary>The delay from now to the next run, or null when the schedule has no further occurrence.</summary>
    public (DateTimeOffset At, TimeSpan Delay)? Next()
    {
        var now = time.GetUtcNow();
        return schedule.NextAfter(now) is { } next ? (next, next - now) : null;
    }

    public async Task RunAsync(Func<CancellationToken, Task> job, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        while (!cancellationToken.IsCancellationRequested && Next() is { } next)
        {
            try
            {
                await Task.Delay(next.Delay, time, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            try
            {
                await job(cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (onError is not null)
            {
                onError(ex);
            }
        }
    }
}
