namespace SimSid.Commands;

/// <summary>
/// What the bus saw of one study, from real timestamps: the StudyReady SentTime header (settle timer fired), the start of
/// its consumption by the inference role, the model time carried by StudyScored, and the gateway's consumption of StudyScored.
/// Each value is written once by the bus thread that observes it and read after the host has stopped.
/// </summary>
internal sealed class PipelineBenchmarkTrace
{
    public DateTimeOffset? ReadySentAt { get; set; }

    public DateTimeOffset? InferenceStartedAt { get; set; }

    public double? InferenceMs { get; set; }

    public DateTimeOffset? ScoredConsumeStartedAt { get; set; }

    public DateTimeOffset? ScoredConsumedAt { get; set; }
}
