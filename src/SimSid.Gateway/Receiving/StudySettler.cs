using MassTransit;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SimSid.Contracts;
using SimSid.Gateway.State;

namespace SimSid.Gateway.Receiving;

/// <summary>
/// The study settle timer: a study is ready <c>Gateway:SettleTime</c> after its last instance, or at the latest
/// <c>Gateway:MaxSettleTime</c> after its first. The state lives in the database, so pending studies resume after a
/// restart. StudyReady is published before the study is marked ready (a crash in between re-publishes; scoring is idempotent).
/// </summary>
public sealed class StudySettler(
    StudyStore studies,
    IBus bus,
    IOptions<GatewayOptions> options,
    GatewayMetrics metrics,
    ILogger<StudySettler> logger,
    TimeProvider time) : BackgroundService
{
    private GatewayOptions Options => options.Value;

    /// <summary>One pass: publishes StudyReady for every due study; returns how many were published.</summary>
    public async Task<int> SettleDueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var published = 0;
        foreach (var study in studies.DueStudies(now, Options.SettleTime, Options.MaxSettleTime))
        {
            try
            {
                var instances = studies.Instances(study.StudyInstanceUid);
                var correlationId = NewId.NextGuid();
                var reason = now - study.LastReceivedUtc >= Options.SettleTime ? "settled" : "force-complete cap";
                var message = new StudyReady(
                    correlationId,
                    study.StudyInstanceUid,
                    [.. instances.Select(i => new InstanceReference(i.SopInstanceUid, i.SopClassUid, i.SeriesInstanceUid, i.Path))],
                    study.LastReceivedUtc);
                await bus.Publish(message, cancellationToken).ConfigureAwait(false);
                if (studies.MarkReady(study, correlationId, time.GetUtcNow()))
                {
                    metrics.StudiesReady.Add(1);
                    Log.StudyReady(logger, study.StudyInstanceUid, instances.Count, reason, correlationId);
                }

                published++;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                Log.SettleFailed(logger, ex, study.StudyInstanceUid);
            }
        }

        return published;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            await SettleDueAsync(stoppingToken).ConfigureAwait(false);
            try
            {
                await Task.Delay(Options.SettlePollInterval, time, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
