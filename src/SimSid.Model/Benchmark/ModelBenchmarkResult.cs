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
    long PeakRssBytes);
