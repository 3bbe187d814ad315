namespace SimSid.Commands;

/// <summary>One measured phase (sequential single studies, or a burst) on one transport.</summary>
internal sealed record PipelineBenchmarkPhase(string Name, IReadOnlyList<PipelineBenchmarkStudy> Studies, TimeSpan Elapsed)
{
    /// <summary>The target for the time outside the settle timer and inference (p95).</summary>
    public const double OverheadTargetMs = 100;

    public int SrCount => Studies.Count(s => s.SrAt is not null);

    public int Missing => Studies.Count - SrCount;

    public PipelineBenchmarkStats? Latency => PipelineBenchmarkStats.Of(Studies.Select(s => s.LatencyMs));

    public PipelineBenchmarkStats? Settle => PipelineBenchmarkStats.Of(Studies.Select(s => s.SettleMs));

    public PipelineBenchmarkStats? Queue => PipelineBenchmarkStats.Of(Studies.Select(s => s.QueueMs));

    public PipelineBenchmarkStats? Inference => PipelineBenchmarkStats.Of(Studies.Select(s => s.InferenceMs));

    public PipelineBenchmarkStats? SrDelivery => PipelineBenchmarkStats.Of(Studies.Select(s => s.SrDeliveryMs));

    public PipelineBenchmarkStats? SrBuild => PipelineBenchmarkStats.Of(Studies.Select(s => s.SrBuildMs));

    public PipelineBenchmarkStats? Overhead => PipelineBenchmarkStats.Of(Studies.Select(s => s.OverheadMs));

    /// <summary>Studies per minute from the first C-STORE request to the last SR at the PACS.</summary>
    public double StudiesPerMinute => Elapsed > TimeSpan.Zero ? SrCount / Elapsed.TotalMinutes : 0;

    /// <summary>Studies per minute from the first SR at the PACS to the last: the sustained rate, without the settle time and the first study's latency.</summary>
    public double? SustainedStudiesPerMinute
    {
        get
        {
            var arrivals = Studies.Select(s => s.SrAt).OfType<DateTimeOffset>().Order().ToList();
            return arrivals.Count > 1 && arrivals[^1] > arrivals[0] ? (arrivals.Count - 1) / (arrivals[^1] - arrivals[0]).TotalMinutes : null;
        }
    }

    public bool? OverheadTargetMet => Overhead is { } overhead ? overhead.P95 < OverheadTargetMs : null;
}
