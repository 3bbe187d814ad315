using System.Diagnostics;
using System.Globalization;
using SimSid.Model.Benchmark;
using SimSid.Model.Configuration;
using SimSid.Model.Network;
using Xunit.Abstractions;
using static TorchSharp.torch;

namespace SimSid.Model.Tests;

public sealed class BenchExperiment(ITestOutputHelper output)
{
    [Fact]
    public void Bench()
    {
        var preset = Environment.GetEnvironmentVariable("EXP_PRESET") ?? "tiny";
        var r = ModelBenchmark.Run(preset, 1, trainIterations: 2, inferenceCalls: 5);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{preset}: G+D {r.GeneratorIterationMs:F0} ms, D-only {r.CriticIterationMs:F0} ms, lat {r.InferenceLatencyMs:F0} ms"));
    }

    [Fact]
    public void Phases()
    {
        var preset = Environment.GetEnvironmentVariable("EXP_PRESET") ?? "tiny";
        var config = SimSidPresets.ByName(preset);
        set_num_threads(1);
        using var network = new SimSidNetwork(config);
        network.train();
        for (var rep = 0; rep < int.Parse(Environment.GetEnvironmentVariable("EXP_REPS") ?? "3", CultureInfo.InvariantCulture); rep++)
        {
            using var scope = NewDisposeScope();
            var x = (rand(16, 1, config.ImageSize, config.ImageSize) * 2) - 1;
            var c = Stopwatch.StartNew();
            using (no_grad())
            {
                network.Generator.Forward(x, withTeacher: false);
            }

            var tNoGrad = c.Elapsed.TotalMilliseconds;
            c.Restart();
            var o = network.Generator.Forward(x, withTeacher: false);
            var tFwd = c.Elapsed.TotalMilliseconds;
            c.Restart();
            (o.Reconstruction - x).pow(2).mean().backward();
            var tBwd = c.Elapsed.TotalMilliseconds;
            c.Restart();
            var o2 = network.Generator.Forward(x, withTeacher: true);
            var tFwdT = c.Elapsed.TotalMilliseconds;
            c.Restart();
            ((o2.Reconstruction - x).pow(2).mean() + (o2.TeacherReconstruction! - x).pow(2).mean() + o2.Distillation!).backward();
            var tBwdT = c.Elapsed.TotalMilliseconds;
            c.Restart();
            var d = network.Discriminator.forward(x);
            d.sum().backward();
            var tD = c.Elapsed.TotalMilliseconds;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{preset}: G nograd {tNoGrad:F0} fwd {tFwd:F0} bwd {tBwd:F0} fwdTeacher {tFwdT:F0} bwdTeacher {tBwdT:F0} D fwd+bwd {tD:F0} ms"));
        }
    }
}
