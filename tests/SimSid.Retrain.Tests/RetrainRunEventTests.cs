using Serilog.Core;
using Serilog.Events;
using Serilog.Extensions.Logging;
using SimSid.Retrain.Jobs;
using SimSid.Retrain.Selection;
using SimSid.Testing;

namespace SimSid.Retrain.Tests;

/// <summary>The one structured event per run as Serilog (and so Seq) receives it: stable property names.</summary>
[Collection(TorchTrainingGroup.Name)]
public sealed class RetrainRunEventTests
{
    [Fact]
    public void Run_Finished_LogsOneEventWithCountsMinutesMetricsAndDecisionAsProperties()
    {
        using var temp = new TempDirectory("simsid-run-event");
        var sink = new CollectingSink();
        using var serilog = new Serilog.LoggerConfiguration().MinimumLevel.Verbose().WriteTo.Sink(sink).CreateLogger();
        using var factory = new SerilogLoggerFactory(serilog);
        var options = new RetrainJobOptions
        {
            RegistryDirectory = temp.Path,
            ValidationDirectory = temp.Path,
            Selection = new SelectionOptions { AcceptUnknownAttributes = true, MinImages = 1000 },
        };
        var job = new RetrainJob(options, TinyTraining.Trainer(), new Gate.ModelEvaluator(threads: 1), factory.CreateLogger("retrain"));

        job.Run(new ImageFolderSource(SyntheticData.Normals));

        var run = Assert.Single(sink.Events, e => e.Properties.TryGetValue("EventId", out var id) && id.ToString().Contains("5001", StringComparison.Ordinal));
        foreach (var name in new[] { "Outcome", "Selected", "TrainingImages", "RecentNormals", "TrainingMinutes", "ModelVersion", "CandidateAuc", "PreviousModelVersion", "CurrentAuc", "Reason", "Result" })
        {
            Assert.True(run.Properties.ContainsKey(name), $"property {name} missing; has {string.Join(", ", run.Properties.Keys)}");
        }

        Assert.Equal("\"Skipped\"", run.Properties["Outcome"].ToString());
        Assert.Equal("40", run.Properties["Selected"].ToString());
        var result = Assert.IsType<StructureValue>(run.Properties["Result"]);
        Assert.Contains(result.Properties, p => p.Name == "Selection");
        Assert.DoesNotContain("{@Result}", run.RenderMessage(), StringComparison.Ordinal);
    }

    private sealed class CollectingSink : ILogEventSink
    {
        public List<LogEvent> Events { get; } = [];

        public void Emit(LogEvent logEvent) => Events.Add(logEvent);
    }
}
