using MassTransit;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SimSid.Dicom.Network;
using SimSid.Dicom.Network.Scp;
using SimSid.Gateway.Reporting;
using SimSid.Gateway.State;

namespace SimSid.Gateway.Delivery;

/// <summary>
/// Sends due reports to their destinations: exponential backoff per delivery, a circuit breaker per destination,
/// give-up after <c>Delivery:MaxAge</c>. All state is in the delivery table, so a restart resumes where it stopped.
/// </summary>
public sealed class DeliveryWorker(
    DeliveryStore deliveries,
    IReportSender sender,
    TriageCompletion completion,
    DeliverySignal signal,
    IBus bus,
    IOptions<DeliveryOptions> options,
    IOptions<DicomScpOptions> scp,
    GatewayMetrics metrics,
    ILogger<DeliveryWorker> logger,
    TimeProvider time) : BackgroundService
{
    private CircuitBreaker? _circuit;

    private DeliveryOptions Options => options.Value;

    private CircuitBreaker Breaker => _circuit ??= new(Options.CircuitBreakerFailures, Options.CircuitBreakerOpenTime);

    /// <summary>One pass over the due deliveries; returns how many were delivered.</summary>
    public async Task<int> DeliverDueAsync(CancellationToken cancellationToken)
    {
        var delivered = 0;
        foreach (var delivery in deliveries.Due(time.GetUtcNow()))
        {
            var now = time.GetUtcNow();
            if (Breaker.IsOpen(delivery.Destination, now))
            {
                continue;
            }

            var destination = Options.Destinations.FirstOrDefault(d => string.Equals(d.Name, delivery.Destination, StringComparison.OrdinalIgnoreCase));
            if (destination is null)
            {
                deliveries.MarkAttemptFailed(delivery.Id, $"Destination '{delivery.Destination}' is no longer configured.", now, giveUp: true);
                continue;
            }

            var started = time.GetTimestamp();
            DeliveryOutcome outcome;
            try
            {
                outcome = await sender.SendAsync(destination, scp.Value.AeTitle, delivery.Path, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is DicomNetworkException or IOException or System.Net.Sockets.SocketException or TimeoutException
                                       || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
            {
                outcome = new DeliveryOutcome(false, "network", ex.Message);
            }

            if (outcome.Succeeded)
            {
                deliveries.MarkDelivered(delivery.Id, time.GetUtcNow());
                Breaker.Success(delivery.Destination);
                metrics.DeliveriesSucceeded.Add(1, new KeyValuePair<string, object?>("destination", delivery.Destination));
                Log.Delivered(logger, delivery.SrSopInstanceUid, delivery.StudyInstanceUid, delivery.Destination, outcome.Status, time.GetElapsedTime(started).TotalMilliseconds);
                delivered++;
                await completion.CompleteIfDeliveredAsync(delivery.JobId, bus, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                Fail(delivery, outcome.Error ?? outcome.Status, time.GetUtcNow());
            }
        }

        return delivered;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await DeliverDueAsync(stoppingToken).ConfigureAwait(false);
                await signal.WaitAsync(Options.PollInterval, time, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
        }
    }

    private void Fail(DeliveryRecord delivery, string error, DateTimeOffset now)
    {
        var attempt = delivery.Attempts + 1;
        metrics.DeliveriesFailed.Add(1, new KeyValuePair<string, object?>("destination", delivery.Destination));
        var next = now + DeliveryBackoff.After(attempt, Options.InitialBackoff, Options.MaxBackoff);
        var giveUp = now - delivery.CreatedUtc >= Options.MaxAge;
        deliveries.MarkAttemptFailed(delivery.Id, error, next, giveUp);
        if (giveUp)
        {
            Log.DeliveryGaveUp(logger, delivery.Id, delivery.SrSopInstanceUid, delivery.Destination, attempt, error);
        }
        else
        {
            Log.DeliveryFailed(logger, delivery.Id, delivery.SrSopInstanceUid, delivery.Destination, attempt, next, error);
        }

        if (Breaker.Failure(delivery.Destination, now) is { } openUntil)
        {
            Log.CircuitOpened(logger, delivery.Destination, Options.CircuitBreakerFailures, openUntil);
        }
    }
}
