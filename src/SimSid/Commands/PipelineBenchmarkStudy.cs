namespace SimSid.Commands;

/// <summary>
/// One measured study: when our SCU got the C-STORE response of its last (only) image, when its SR was stored at the
/// PACS, and what the bus saw in between. Phases in milliseconds; null when a timestamp is missing.
/// </summary>
internal sealed record PipelineBenchmarkStudy(string StudyInstanceUid, DateTimeOffset StoredAt, DateTimeOffset? SrAt, PipelineBenchmarkTrace? Trace)
{
    /// <summary>Last C-STORE response → SR stored at the PACS.</summary>
    public double? LatencyMs => SrAt is { } sr ? (sr - StoredAt).TotalMilliseconds : null;

    /// <summary>Last C-STORE response → StudyReady published (settle time plus the settle timer's polling).</summary>
    public double? SettleMs => Trace?.ReadySentAt is { } ready ? (ready - StoredAt).TotalMilliseconds : null;

    /// <summary>StudyReady published → the inference consumer starts on it.</summary>
    public double? QueueMs => Trace is { ReadySentAt: { } ready, InferenceStartedAt: { } started } ? (started - ready).TotalMilliseconds : null;

    /// <summary>Model time as the inference role reports it (load, preprocess and score the study).</summary>
    public double? InferenceMs => Trace?.InferenceMs;

    /// <summary>End of inference → SR stored at the PACS (StudyScored hand-over, SR build and archive, DICOM delivery).</summary>
    public double? SrDeliveryMs => SrAt is { } sr && Trace is { InferenceStartedAt: { } started, InferenceMs: { } model }
        ? (sr - started).TotalMilliseconds - model
        : null;

    /// <summary>The gateway's StudyScored consumer: record the job, build and archive the SR, queue its delivery.</summary>
    public double? SrBuildMs => Trace is { ScoredConsumeStartedAt: { } start, ScoredConsumedAt: { } end } ? (end - start).TotalMilliseconds : null;

    /// <summary>Everything outside the settle phase and inference: latency − settle − inference.</summary>
    public double? OverheadMs => LatencyMs is { } latency && SettleMs is { } settle && InferenceMs is { } model ? latency - settle - model : null;
}
