using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using SimSid.Dicom.Network;
using SimSid.Dicom.Network.Scp;
using SimSid.Dicom.Network.Scu;

namespace SimSid.Gateway.Delivery;

/// <summary>C-ECHO to one PACS destination (served on /health/pacs; a PACS outage does not make the gateway unready: deliveries wait).</summary>
internal sealed class DestinationEchoHealthCheck(string destinationName, IOptions<DeliveryOptions> delivery, IOptions<DicomScpOptions> scp, TimeProvider time) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var destination = delivery.Value.Destinations.FirstOrDefault(d => string.Equals(d.Name, destinationName, StringComparison.OrdinalIgnoreCase));
        if (destination is null)
        {
            return HealthCheckResult.Unhealthy($"Destination '{destinationName}' is not configured.");
        }

        var options = new DicomScuOptions
        {
            CallingAe = string.IsNullOrWhiteSpace(destination.CallingAe) ? scp.Value.AeTitle : destination.CallingAe,
            CalledAe = destination.CalledAe,
            ConnectTimeout = TimeSpan.FromSeconds(5),
            AssociationTimeout = TimeSpan.FromSeconds(5),
            DimseTimeout = TimeSpan.FromSeconds(5),
        };
        try
        {
            var association = await DicomScuClient.ConnectAsync(destination.Host, destination.Port, options, ScuProposal.Verification(), timeProvider: time, cancellationToken: cancellationToken).ConfigureAwait(false);
            await using (association.ConfigureAwait(false))
            {
                var status = await association.EchoAsync(cancellationToken).ConfigureAwait(false);
                await association.ReleaseAsync(cancellationToken).ConfigureAwait(false);
                return status.IsSuccessOrWarning
                    ? HealthCheckResult.Healthy($"C-ECHO {destination.CalledAe}@{destination.Host}:{destination.Port}: {status}")
                    : HealthCheckResult.Unhealthy($"C-ECHO {destination.CalledAe}@{destination.Host}:{destination.Port}: {status}");
            }
        }
        catch (Exception ex) when (ex is DicomNetworkException or IOException or System.Net.Sockets.SocketException or OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy($"C-ECHO {destination.CalledAe}@{destination.Host}:{destination.Port} failed: {ex.Message}");
        }
    }
}
