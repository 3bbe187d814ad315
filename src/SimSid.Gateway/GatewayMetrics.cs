using System.Diagnostics.Metrics;

namespace SimSid.Gateway;

/// <summary>The gateway's instruments (meter "SimSid.Gateway"; exported on /metrics as simsid_*).</summary>
public sealed class GatewayMetrics : IDisposable
{
    public const string MeterName = "SimSid.Gateway";

    private readonly Meter _meter;

    public GatewayMetrics(IMeterFactory? meterFactory = null)
    {
        _meter = meterFactory?.Create(MeterName) ?? new Meter(MeterName);
        InstancesReceived = _meter.CreateCounter<long>("simsid_instances_received", description: "Instances durably archived.");
        InstancesRejected = _meter.CreateCounter<long>("simsid_instances_rejected", description: "C-STORE requests answered with a failure status.");
        StudiesReady = _meter.CreateCounter<long>("simsid_studies_ready", description: "Studies settled and published for scoring.");
        StudiesReported = _meter.CreateCounter<long>("simsid_studies_reported", description: "Studies whose SR was built.");
        StudiesFlagged = _meter.CreateCounter<long>("simsid_studies_flagged", description: "Studies scored at or above the threshold.");
        DeliveriesSucceeded = _meter.CreateCounter<long>("simsid_deliveries_succeeded", description: "SR deliveries accepted by a destination.");
        DeliveriesFailed = _meter.CreateCounter<long>("simsid_deliveries_failed", description: "Failed SR delivery attempts.");
        ReceiveToReportSeconds = _meter.CreateHistogram<double>("simsid_receive_to_sr_seconds", unit: "s", description: "From the last instance received to the SR stored at the destination.");
    }

    public Counter<long> InstancesReceived { get; }

    public Counter<long> InstancesRejected { get; }

    public Counter<long> StudiesReady { get; }

    public Counter<long> StudiesReported { get; }

    public Counter<long> StudiesFlagged { get; }

    public Counter<long> DeliveriesSucceeded { get; }

    public Counter<long> DeliveriesFailed { get; }

    public Histogram<double> ReceiveToReportSeconds { get; }

    public void Dispose() => _meter.Dispose();
}
