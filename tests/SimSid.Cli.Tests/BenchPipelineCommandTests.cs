using System.Text.Json;
using SimSid.Testing;

namespace SimSid.Cli.Tests;

/// <summary>
/// Smoke test of <c>simsid bench pipeline</c>: tiny counts on the in-memory bus (a tiny model is trained first when none
/// is found). Checks the JSON's shape and that every study got its SR; it asserts no timings.
/// </summary>
public sealed class BenchPipelineCommandTests
{
    private static readonly string[] Quantities = ["latencyMs", "settleMs", "queueMs", "inferenceMs", "srDeliveryMs", "srBuildMs", "overheadMs"];

    [Fact]
    public void BenchPipeline_TinyCountsInMemory_EveryStudyGetsSrAndJsonHasEveryPhase()
    {
        Environment.SetEnvironmentVariable("OMP_NUM_THREADS", "1");
        using var temp = new TempDirectory("cli-bench-pipeline");

        var result = ExternalTool.Run(
            "dotnet",
            [TrainedDemoFixture.Simsid, "bench", "pipeline", "--studies", "2", "--burst", "3", "--size", "128", "--threads", "1", "--in-memory-only", "--json", "--work", temp.Combine("work")],
            TimeSpan.FromMinutes(3),
            workingDirectory: temp.Path);

        Assert.True(result.ExitCode == 0, result.Combined);
        using var document = JsonDocument.Parse(result.StandardOutput);
        var root = document.RootElement;
        Assert.Equal("pipeline", root.GetProperty("benchmark").GetString());
        Assert.Equal(1.0, root.GetProperty("settleSeconds").GetDouble());
        Assert.True(Directory.Exists(root.GetProperty("model").GetProperty("path").GetString()));
        Assert.Equal(16, root.GetProperty("maxBatchSize").GetInt32());
        var modelAlone = root.GetProperty("modelAlone");
        Assert.True(modelAlone.GetProperty("oneAtATimeStudiesPerMinute").GetDouble() > 0);
        Assert.True(modelAlone.GetProperty("batchedStudiesPerMinute").GetDouble() > 0);
        var run = Assert.Single(root.GetProperty("runs").EnumerateArray());
        Assert.Equal("in-memory", run.GetProperty("transport").GetString());
        AssertPhase(run.GetProperty("sequential"), 2);
        AssertPhase(run.GetProperty("burst"), 3);
        Assert.True(run.GetProperty("burst").GetProperty("sustainedStudiesPerMinute").GetDouble() > 0);
        var warmUp = root.GetProperty("warmUpStudies").GetInt32();
        Assert.Equal(warmUp + 2 + 3, Directory.GetFiles(temp.Combine("work", "in-memory", "pacs"), "*.dcm", SearchOption.AllDirectories).Length);
    }

    private static void AssertPhase(JsonElement phase, int studies)
    {
        Assert.Equal(studies, phase.GetProperty("studies").GetInt32());
        Assert.Equal(studies, phase.GetProperty("srs").GetInt32());
        Assert.Equal(0, phase.GetProperty("missing").GetInt32());
        Assert.True(phase.GetProperty("studiesPerMinute").GetDouble() > 0);
        Assert.True(phase.GetProperty("inferenceBoundStudiesPerMinute").GetDouble() > 0);
        Assert.NotEqual(JsonValueKind.Null, phase.GetProperty("overheadTargetMet").ValueKind);
        foreach (var name in Quantities)
        {
            var stats = phase.GetProperty(name);
            Assert.True(stats.ValueKind == JsonValueKind.Object, $"{name} is missing: {phase}");
            Assert.Equal(studies, stats.GetProperty("count").GetInt32());
            Assert.True(stats.GetProperty("p50").GetDouble() >= 0, $"{name}: {stats}");
            Assert.True(stats.GetProperty("p95").GetDouble() >= stats.GetProperty("p50").GetDouble(), $"{name}: {stats}");
            Assert.True(stats.GetProperty("max").GetDouble() >= stats.GetProperty("p95").GetDouble(), $"{name}: {stats}");
        }

        Assert.True(phase.GetProperty("latencyMs").GetProperty("p50").GetDouble() >= phase.GetProperty("settleMs").GetProperty("p50").GetDouble());
    }
}
