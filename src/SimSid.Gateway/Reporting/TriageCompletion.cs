using MassTransit;
using Microsoft.Extensions.Logging;
using SimSid.Contracts;
using SimSid.Gateway.State;

namespace SimSid.Gateway.Reporting;

/// <summary>Publishes StudyTriaged once a job's report has reached every destination (exactly once per job).</summary>
public sealed class TriageCompletion(JobStore jobs, DeliveryStore deliveries, GatewayMetrics metrics, ILogger<TriageCompletion> logger, TimeProvider time) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task CompleteIfDeliveredAsync(long jobId, IPublishEndpoint publisher, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(publisher);
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var job = jobs.Find(jobId);
            if (job is null || job.State == StudyStates.Delivered || job.SrSopInstanceUid is null || job.Score is null)
            {
                return;
            }

            if (deliveries.ForJob(jobId).Any(d => d.State != DeliveryStates.Delivered))
            {
                return;
            }

            var flagged = job.Flagged == true;
            await publisher.Publish(
                new StudyTriaged(
                    job.CorrelationId,
                    job.StudyInstanceUid,
                    job.AccessionNumber,
                    job.Score.Value,
                    flagged,
                    flagged ? TriagePriority.Priority : TriagePriority.Routine,
                    job.SrSopInstanceUid,
                    job.ModelVersion),
                cancellationToken).ConfigureAwait(false);
            var now = time.GetUtcNow();
            jobs.SetDelivered(jobId, now);
            var elapsed = job.ReceivedUtc is { } received ? (now - received).TotalMilliseconds : double.NaN;
            if (job.ReceivedUtc is not null)
            {
                metrics.ReceiveToReportSeconds.Record(elapsed / 1000);
            }

            Log.StudyTriaged(logger, job.StudyInstanceUid, job.Score.Value, flagged, job.SrSopInstanceUid, job.ModelVersion, elapsed);
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();
}
