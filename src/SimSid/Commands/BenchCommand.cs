using System.CommandLine;
using System.Text.Json;
using SimSid.Model.Benchmark;
using SimSid.Model.Configuration;

namespace SimSid.Commands;

/// <summary><c>simsid bench model --preset NAME [--iterations N] [--calls N]</c>: model speed with 1 and 2 threads, beside the reference's published figures.</summary>
internal static class BenchCommand
{
    public static Command Create()
    {
        var bench = new Command("bench", "Measure performance.");
        bench.Subcommands.Add(CreateModel());
        bench.Subcommands.Add(BenchDicomCommand.Create());
        bench.Subcommands.Add(NetworkBenchCommand.CreateReceive());
        bench.Subcommands.Add(NetworkBenchCommand.CreateSend());
        bench.Subcommands.Add(BenchPipelineCommand.Create());
        return bench;
    }

    private static Command CreateModel()
    {
        var preset = new Option<string>("--preset") { Description = "Model preset.", DefaultValueFactory = _ => "compact" };
        preset.AcceptOnlyFromAmong([.. SimSidPresets.Names]);
        var iterations = new Option<int>("--iterations") { Description = "Timed training iterations per thread count (after 2 warm-up).", DefaultValueFactory = _ => 4 };
        var calls = new Option<int>("--calls") { Description = "Timed batch-1 inference calls (RSS growth is measured over them).", DefaultValueFactory = _ => 50 };
        var command = new Command("model", "Training iteration time (batch 16), inference latency (batch 1), throughput (batch 16), RSS; 1 and 2 threads.")
        {
            preset, iterations, calls,
        };
        command.SetAction(parseResult =>
        {
            var name = parseResult.GetValue(preset)!;
            for (var threads = 1; threads <= 2; threads++)
            {
                var r = ModelBenchmark.Run(name, threads, parseResult.GetValue(iterations), parseResult.GetValue(calls));
                Console.WriteLine(JsonSerializer.Serialize(
                    new
                    {
                        preset = r.Preset,
                        threads = r.Threads,
                        trainIterationMs = Math.Round(r.TrainIterationMs, 1),
                        generatorIterationMs = Math.Round(r.GeneratorIterationMs, 1),
                        criticIterationMs = Math.Round(r.CriticIterationMs, 1),
                        trainIterationBFloat16Ms = Math.Round(r.TrainIterationBFloat16Ms, 1),
                        inferenceLatencyMs = Math.Round(r.InferenceLatencyMs, 2),
                        throughputImagesPerSecond = Math.Round(r.ThroughputImagesPerSecond, 1),
                        inferenceLatencyBFloat16Ms = Math.Round(r.InferenceLatencyBFloat16Ms, 2),
                        throughputBFloat16ImagesPerSecond = Math.Round(r.ThroughputBFloat16ImagesPerSecond, 1),
                        inferenceCalls = r.InferenceCalls,
                        rssGrowthMiB = Math.Round(r.RssGrowthBytes / 1048576.0, 1),
                        peakRssMiB = Math.Round(r.PeakRssBytes / 1048576.0, 1),
                        referenceOnSameKindOfMachine = new { trainIterationMs = 4400, inferenceLatencyMs = 186, peakRssMiB = 3500, threads = 2 },
                    },
                    ModelVerbJson.Compact));
            }

            return 0;
        });
        return command;
    }
}
