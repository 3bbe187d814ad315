using System.Globalization;

namespace SimSid.Commands;

/// <summary>The human table of <c>simsid bench pipeline</c>: latency and throughput per transport and phase, then where the time goes.</summary>
internal static class PipelineBenchmarkTable
{
    public static void Print(TextWriter output, PipelineBenchmarkOptions options, ModelAloneFigures modelAlone, IReadOnlyList<PipelineBenchmarkRun> runs)
    {
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"simsid bench pipeline: model {options.ModelDirectory}{(options.ModelTrainedOnTheSpot ? " (tiny model trained on the spot: scores mean little, inference is faster than the shipped model's)" : string.Empty)}"));
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"settle time {options.SettleSeconds:0.###} s (polled every {options.SettlePollSeconds * 1000:0} ms), TorchSharp threads {(options.Threads == 0 ? "library default" : options.Threads.ToString(CultureInfo.InvariantCulture))}, {options.ImageSize}x{options.ImageSize} synthetic CR, {options.WarmUpStudies} warm-up study per transport (not counted)"));
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"inference role: up to {options.ConcurrentStudies} studies in flight, batches of up to {options.MaxBatchSize} images; the model alone on the burst images (peer, this run): {modelAlone.OneAtATimePerMinute:0.0} studies/min one at a time, {modelAlone.BatchedPerMinute:0.0} in batches of {modelAlone.BatchSize}"));
        output.WriteLine("latency = last C-STORE response -> SR stored at the PACS, ms; studies/min from the first C-STORE to the last SR, sustained/min from the first SR to the last;");
        output.WriteLine("inference-bound/min = the model alone: one at a time for the sequential phase, batched for the burst");
        output.WriteLine(Row("transport", "phase", "studies", "SRs", "p50", "p95", "max", "studies/min", "sustained/min", "inference-bound/min"));
        foreach (var run in runs)
        {
            foreach (var phase in new[] { run.Sequential, run.Burst })
            {
                output.WriteLine(Row(
                    run.Transport,
                    phase.Name,
                    Int(phase.Studies.Count),
                    Int(phase.SrCount),
                    Ms(phase.Latency?.P50),
                    Ms(phase.Latency?.P95),
                    Ms(phase.Latency?.Max),
                    Rate(phase.StudiesPerMinute),
                    Rate(phase.SustainedStudiesPerMinute),
                    Rate(modelAlone.BoundFor(phase))));
            }
        }

        if (runs.All(r => r.Transport != "rabbitmq"))
        {
            output.WriteLine("rabbitmq: not measured (pass --rabbitmq amqp://user:pass@host:port/vhost or set SIMSID_TEST_RABBITMQ)");
        }

        output.WriteLine();
        output.WriteLine("where the time goes, p50 / p95 ms: settle = C-STORE response -> StudyReady published; queue = -> inference consumer starts;");
        output.WriteLine("inference = load + preprocess + its batch (waiting included); SR = end of inference -> SR at the PACS; overhead = latency - settle - inference");
        output.WriteLine(Breakdown("transport", "phase", "settle", "queue", "inference", "SR build+delivery", "overhead", "target <100 p95"));
        foreach (var run in runs)
        {
            foreach (var phase in new[] { run.Sequential, run.Burst })
            {
                output.WriteLine(Breakdown(
                    run.Transport,
                    phase.Name,
                    Pair(phase.Settle),
                    Pair(phase.Queue),
                    Pair(phase.Inference),
                    Pair(phase.SrDelivery),
                    Pair(phase.Overhead),
                    phase.OverheadTargetMet switch { true => "met", false => "missed", null => "n/a" }));
            }
        }
    }

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Rate(double? value) => value?.ToString("0.0", CultureInfo.InvariantCulture) ?? "n/a";

    private static string Ms(double? value) => value?.ToString("0", CultureInfo.InvariantCulture) ?? "n/a";

    private static string Pair(PipelineBenchmarkStats? stats) => stats is null ? "n/a" : Ms(stats.P50) + " / " + Ms(stats.P95);

    private static string Row(string transport, string phase, string studies, string srs, string p50, string p95, string max, string rate, string sustained, string bound) =>
        $"{transport,-10} {phase,-11} {studies,7} {srs,5} {p50,8} {p95,8} {max,8} {rate,12} {sustained,14} {bound,20}";

    private static string Breakdown(string transport, string phase, string settle, string queue, string inference, string sr, string overhead, string target) =>
        $"{transport,-10} {phase,-11} {settle,13} {queue,13} {inference,13} {sr,18} {overhead,13} {target,16}";
}
