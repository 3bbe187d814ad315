using System.Diagnostics;
using System.Globalization;
using SimSid.Model.Configuration;
using SimSid.Model.Network;
using SimSid.Model.Training;
using TorchSharp;
using static TorchSharp.torch;

namespace SimSid.Model.Benchmark;

/// <summary>
/// Times a preset on random inputs: training iterations at batch 16 (the mean of a generator+discriminator iteration
/// and a discriminator-only one, as the schedule alternates them), inference latency at batch 1, throughput at
/// batch 16 (float32, then the same network cast to bfloat16), resident-memory growth over repeated inference calls,
/// and the process's peak RSS.
/// </summary>
public static class ModelBenchmark
{
    public static ModelBenchmarkResult Run(string preset, int threads, int trainIterations = 4, int inferenceCalls = 50)
    {
        var config = SimSidPresets.ByName(preset);
        set_num_threads(threads);
        manual_seed(1);
        var options = new TrainingOptions();
        using var network = new SimSidNetwork(config);
        using var generatorOptimizer = new CoupledAdam(network.Generator.parameters(), 1e-4, 0.5, 0.999, 1e-7, 1e-5);
        using var discriminatorOptimizer = new CoupledAdam(network.Discriminator.parameters(), 1e-4, 0.5, 0.999, 1e-8);
        network.train();
        var size = config.ImageSize;
        var (gen, critic) = MeasureTraining(new AdversarialStep(network, generatorOptimizer, discriminatorOptimizer, options), size, trainIterations);
        double genBf16, criticBf16;
        using (var shadow = new MixedPrecisionShadow(network, CPU))
        {
            (genBf16, criticBf16) = MeasureTraining(new AdversarialStep(network, generatorOptimizer, discriminatorOptimizer, options, shadow), size, trainIterations);
        }

        network.eval();
        var (latency, rssGrowth, throughput) = MeasureInference(network, size, inferenceCalls);
        network.to(ScalarType.BFloat16);
        var (latencyBf16, _, throughputBf16) = MeasureInference(network, size, Math.Min(inferenceCalls, 20), ScalarType.BFloat16);

        return new ModelBenchmarkResult(
            preset,
            threads,
            (gen + critic) / 2,
            gen,
            critic,
            latency,
            throughput,
            inferenceCalls,
            rssGrowth,
            ReadStatusKilobytes("VmHWM") * 1024)
        {
            TrainIterationBFloat16Ms = (genBf16 + criticBf16) / 2,
            InferenceLatencyBFloat16Ms = latencyBf16,
            ThroughputBFloat16ImagesPerSecond = throughputBf16,
        };
    }

    /// <summary>Median generator and critic iteration times at batch 16 (after 2 warm-up iterations).</summary>
    private static (double GeneratorMs, double CriticMs) MeasureTraining(AdversarialStep step, int size, int iterations)
    {
        var generatorMs = new List<double>();
        var criticMs = new List<double>();

        // Iterations 0 and 1 warm up (allocator, kernels); then alternate generator and critic iterations.
        for (var i = 0; i < iterations + 2; i++)
        {
            using var scope = NewDisposeScope();
            var batch = PixelRange.ToSigned(rand(16, 1, size, size));
            var clock = Stopwatch.StartNew();
            step.Run(batch, i);
            var elapsed = clock.Elapsed.TotalMilliseconds;
            if (i >= 2)
            {
                (i % 2 == 0 ? generatorMs : criticMs).Add(elapsed);
            }
        }

        var generator = Median(generatorMs);
        return (generator, criticMs.Count > 0 ? Median(criticMs) : generator);
    }

    /// <summary>Median batch-1 latency over <paramref name="calls"/> calls (after 2 warm-up), the RSS growth over them, best batch-16 throughput.</summary>
    private static (double LatencyMs, long RssGrowthBytes, double ImagesPerSecond) MeasureInference(SimSidNetwork network, int size, int calls, ScalarType dtype = ScalarType.Float32)
    {
        var latency = new List<double>();
        var rssBefore = 0L;
        for (var i = 0; i < calls + 2; i++)
        {
            if (i == 2)
            {
                GC.Collect();
                rssBefore = ReadStatusKilobytes("VmRSS") * 1024;
            }

            using var scope = NewDisposeScope();
            using var noGrad = no_grad();
            var image = PixelRange.ToSigned(rand(1, 1, size, size)).to(dtype);
            var clock = Stopwatch.StartNew();
            using var logits = network.RawScores(image);
            var elapsed = clock.Elapsed.TotalMilliseconds;
            if (i >= 2)
            {
                latency.Add(elapsed);
            }
        }

        GC.Collect();
        var rssGrowth = (ReadStatusKilobytes("VmRSS") * 1024) - rssBefore;
        var throughput = 0.0;
        for (var i = 0; i < 3; i++)
        {
            using var scope = NewDisposeScope();
            using var noGrad = no_grad();
            var batch = PixelRange.ToSigned(rand(16, 1, size, size)).to(dtype);
            var clock = Stopwatch.StartNew();
            using var logits = network.RawScores(batch);
            throughput = Math.Max(throughput, 16 / clock.Elapsed.TotalSeconds);
        }

        return (Median(latency), rssGrowth, throughput);
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? double.NaN : sorted[sorted.Count / 2];
    }

    /// <summary>A field of /proc/self/status in kB (0 where unavailable).</summary>
    private static long ReadStatusKilobytes(string field)
    {
        const string path = "/proc/self/status";
        if (!File.Exists(path))
        {
            return 0;
        }

        foreach (var line in File.ReadLines(path))
        {
            if (line.StartsWith(field + ":", StringComparison.Ordinal))
            {
                var digits = new string([.. line.Where(char.IsAsciiDigit)]);
                return long.Parse(digits, CultureInfo.InvariantCulture);
            }
        }

        return 0;
    }
}
