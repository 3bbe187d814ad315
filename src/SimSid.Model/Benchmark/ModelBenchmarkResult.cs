namespace SimSid.Model.Benchmark;

/// <summary>Measured speed of one preset at one thread count (CPU).</summary>
public sealed record ModelBenchmarkResult(
    string Preset,
    int Threads,
    double TrainIterationMs,
    double GeneratorIterationMs,
    double CriticIterationMs,
    double InferenceLatencyMs,
    double ThroughputImagesPerSecond,
    int InferenceCalls,
    long RssGrowthBytes,
    long PeakRssBytes)
{
    /// <summary>Training iteration (batch 16, generator and critic mean) with mixed precision (bfloat16 passes).</summary>
    public double TrainIterationBFloat16Ms { get; init; }

    /// <summary>Batch-1 latency with the network cast to bfloat16.</summary>
    public double InferenceLatencyBFloat16Ms { get; init; }

    /// <summary>Batch-16 throughput with the network cast to bfloat16.</summary>
    public double ThroughputBFloat16ImagesPerSecond { get; init; }
}
