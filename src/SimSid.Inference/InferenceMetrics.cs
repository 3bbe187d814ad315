using System.Diagnostics.Metrics;

namespace SimSid.Inference;

/// <summary>The inference role's instruments (meter "SimSid.Inference").</summary>
public sealed class InferenceMetrics : IDisposable
{
    public const string MeterName = "SimSid.Inference";

    private readonly Meter _meter;

    public InferenceMetrics(IMeterFactory? meterFactory = null)
    {
        _meter = meterFactory?.Create(MeterName) ?? new Meter(MeterName);
        StudiesScored = _meter.CreateCounter<long>("simsid_studies_scored", description: "Studies scored.");
        ImagesSkipped = _meter.CreateCounter<long>("simsid_images_skipped", description: "Images not scored (lateral, not CR/DX, unreadable).");
        InferenceSeconds = _meter.CreateHistogram<double>("simsid_inference_seconds", unit: "s", description: "Load, preprocess and score one study.");
        ModelSwitches = _meter.CreateCounter<long>("simsid_model_switches", description: "Switches to a newly promoted model (hot reload).");
        BatchImages = _meter.CreateHistogram<int>("simsid_inference_batch_images", description: "Images scored in one batch (across the studies in flight).");
        QueueLagSeconds = _meter.CreateHistogram<double>("simsid_queue_lag_seconds", unit: "s", description: "From the last instance received to the start of scoring.");
    }

    public Counter<long> StudiesScored { get; }

    public Counter<long> ImagesSkipped { get; }

    public Histogram<double> InferenceSeconds { get; }

    public Histogram<double> QueueLagSeconds { get; }

    public Counter<long> ModelSwitches { get; }

    public Histogram<int> BatchImages { get; }

    public void Dispose() => _meter.Dispose();
}
