using System.Text.Json;

namespace SimSid.Commands;

/// <summary>The <c>simsid bench pipeline --json</c> object: settings, then per transport the sequential and burst phases (times in ms).</summary>
internal static class PipelineBenchmarkJson
{
    public static string Serialize(PipelineBenchmarkOptions options, ModelAloneFigures modelAlone, IReadOnlyList<PipelineBenchmarkRun> runs) => JsonSerializer.Serialize(
        new
        {
            benchmark = "pipeline",
            model = new { path = options.ModelDirectory, trainedOnTheSpot = options.ModelTrainedOnTheSpot },
            settleSeconds = options.SettleSeconds,
            settlePollMs = Math.Round(options.SettlePollSeconds * 1000, 1),
            threads = options.Threads,
            imageSize = options.ImageSize,
            maxBatchSize = options.MaxBatchSize,
            concurrentStudies = options.ConcurrentStudies,
            modelAlone = new
            {
                batchSize = modelAlone.BatchSize,
                oneAtATimeStudiesPerMinute = Math.Round(modelAlone.OneAtATimePerMinute, 1),
                batchedStudiesPerMinute = Math.Round(modelAlone.BatchedPerMinute, 1),
            },
            warmUpStudies = options.WarmUpStudies,
            overheadTargetP95Ms = PipelineBenchmarkPhase.OverheadTargetMs,
            runs = runs.Select(r => new { transport = r.Transport, sequential = Phase(r.Sequential, modelAlone), burst = Phase(r.Burst, modelAlone) }),
        },
        ModelVerbJson.Compact);

    private static object Phase(PipelineBenchmarkPhase phase, ModelAloneFigures modelAlone) => new
    {
        studies = phase.Studies.Count,
        srs = phase.SrCount,
        missing = phase.Missing,
        elapsedSeconds = Math.Round(phase.Elapsed.TotalSeconds, 3),
        studiesPerMinute = Math.Round(phase.StudiesPerMinute, 1),
        sustainedStudiesPerMinute = Round(phase.SustainedStudiesPerMinute),
        inferenceBoundStudiesPerMinute = Math.Round(modelAlone.BoundFor(phase), 1),
        latencyMs = Stats(phase.Latency),
        settleMs = Stats(phase.Settle),
        queueMs = Stats(phase.Queue),
        inferenceMs = Stats(phase.Inference),
        srDeliveryMs = Stats(phase.SrDelivery),
        srBuildMs = Stats(phase.SrBuild),
        overheadMs = Stats(phase.Overhead),
        overheadTargetMet = phase.OverheadTargetMet,
    };

    private static double? Round(double? value) => value is { } v ? Math.Round(v, 1) : null;

    private static object? Stats(PipelineBenchmarkStats? stats) => stats is null
        ? null
        : new { count = stats.Count, p50 = Math.Round(stats.P50, 1), p95 = Math.Round(stats.P95, 1), max = Math.Round(stats.Max, 1), mean = Math.Round(stats.Mean, 1) };
}
