using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SimSid.Contracts;
using SimSid.Retrain.Gate;
using SimSid.Retrain.Hosting;
using SimSid.Retrain.Jobs;
using SimSid.Retrain.Registry;
using SimSid.Retrain.Selection;
using SimSid.Retrain.Training;
using SimSid.Testing;

namespace SimSid.Retrain.Tests;

public sealed class ScheduledRetrainServiceTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 29, 1, 30, 0, TimeSpan.Zero);

    [Fact]
    public async Task ExecuteAsync_ClockReachesScheduledTime_RunsOneRetrainOnTheWindowUpToThen()
    {
        using var temp = new TempDirectory("simsid-scheduled");
        var clock = new SignallingTimeProvider(Start);
        var source = new RecordingSource();
        var service = Service(Options(temp.Path), source, new CopyingTrainer(temp.Path), new FixedEvaluator(), new RecordingNotifier(), clock);
        var completed = new TaskCompletionSource<RetrainResult>(TaskCreationOptions.RunContinuationsAsynchronously);
        service.RunCompleted += (_, result) => completed.TrySetResult(result);

        await service.StartAsync(CancellationToken.None);
        await clock.TimerCreated;
        clock.Advance(TimeSpan.FromMinutes(29));
        Assert.Empty(source.Windows);
        var waitingForNextRun = clock.TimerCreated;
        clock.Advance(TimeSpan.FromMinutes(1));
        var result = await completed.Task;
        await waitingForNextRun;
        await service.StopAsync(CancellationToken.None);

        var window = Assert.Single(source.Windows);
        Assert.Equal(new DateTimeOffset(2026, 11, 29, 2, 0, 0, TimeSpan.Zero), window.To);
        Assert.Equal(RetrainOutcome.Skipped, result.Outcome);
        Assert.Equal(0, result.Selection!.Selected);
    }

    [Fact]
    public async Task RunOnceAsync_CandidatePassesTheGate_PromotesAndPublishesModelPublished()
    {
        using var temp = new TempDirectory("simsid-scheduled");
        var notifier = new RecordingNotifier();
        var source = new RecordingSource(Enumerable.Range(0, 12).Select(i => new ArchivedInstance(
            $"1.2.3.{i}", $"1.2.4.{i}", Path.Combine(temp.Path, $"{i}.dcm"), "CR", "PA", Start.AddDays(-1))));
        var service = Service(Options(temp.Path) with { MinImages = 10 }, source, new CopyingTrainer(temp.Path), new FixedEvaluator(), notifier, new SignallingTimeProvider(Start));

        var result = await service.RunOnceAsync(CancellationToken.None);

        Assert.Equal(RetrainOutcome.Promoted, result.Outcome);
        var message = Assert.Single(notifier.Published);
        var registry = new ModelRegistry(Path.Combine(temp.Path, "registry"));
        Assert.Equal(registry.CurrentVersion, message.Version);
        Assert.Equal(result.CandidateDeviceUid, message.DeviceUid);
        Assert.Equal(registry.CurrentModelDirectory, message.ModelDirectory);
    }

    [Theory]
    [InlineData("every night", "", "Retrain:Schedule")]
    [InlineData("0 2 * * *", "Mars/Olympus_Mons", "Retrain:TimeZone")]
    public async Task StartAsync_BadScheduleOrTimeZone_FailsValidationNamingTheKey(string schedule, string timeZone, string key)
    {
        using var temp = new TempDirectory("simsid-scheduled");
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Retrain:Enabled"] = "true",
            ["Retrain:Schedule"] = schedule,
            ["Retrain:TimeZone"] = timeZone,
            ["Retrain:RegistryDirectory"] = temp.Combine("registry"),
            ["Retrain:ValidationDirectory"] = temp.Path,
        });
        builder.Services.AddSingleton<IArchivedInstanceSource>(new RecordingSource());
        builder.Services.AddSingleton<IModelPublishedNotifier>(new RecordingNotifier());
        builder.AddScheduledRetraining();
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains(key, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddScheduledRetraining_NotEnabled_AddsNoHostedService()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Retrain:Schedule"] = "not cron" });

        builder.AddScheduledRetraining();

        Assert.DoesNotContain(builder.Services, d => d.ServiceType == typeof(ScheduledRetrainService));
    }

    private static ScheduledRetrainService Service(
        ScheduledRetrainSettings settings, IArchivedInstanceSource source, ICandidateTrainer trainer, IModelEvaluator evaluator, IModelPublishedNotifier notifier, TimeProvider clock) =>
        new(Microsoft.Extensions.Options.Options.Create(settings.ToOptions()), source, trainer, evaluator, notifier, NullLogger<ScheduledRetrainService>.Instance, clock);

    private static ScheduledRetrainSettings Options(string root) => new(Path.Combine(root, "registry"), root);

    /// <summary>The options the tests vary, as a record for <c>with</c>.</summary>
    private sealed record ScheduledRetrainSettings(string Registry, string Validation, int MinImages = 100)
    {
        public ScheduledRetrainOptions ToOptions() => new()
        {
            Enabled = true,
            Schedule = "0 2 * * *",
            RegistryDirectory = Registry,
            ValidationDirectory = Validation,
            Preset = "tiny",
            Epochs = 1,
            MinImages = MinImages,
            HoldOutEvery = 0,
        };
    }

    private sealed class RecordingSource(IEnumerable<ArchivedInstance>? instances = null) : IArchivedInstanceSource
    {
        public List<(DateTimeOffset From, DateTimeOffset To)> Windows { get; } = [];

        public IEnumerable<ArchivedInstance> Received(DateTimeOffset fromUtc, DateTimeOffset toUtc)
        {
            Windows.Add((fromUtc, toUtc));
            return instances ?? [];
        }
    }

    private sealed class RecordingNotifier : IModelPublishedNotifier
    {
        public List<ModelPublished> Published { get; } = [];

        public Task PublishAsync(ModelPublished message, CancellationToken cancellationToken)
        {
            Published.Add(message);
            return Task.CompletedTask;
        }
    }

    /// <summary>"Trains" by writing a minimal model folder (registry operations need only model.json).</summary>
    private sealed class CopyingTrainer(string root) : ICandidateTrainer
    {
        public CandidateTrainingResult Train(CandidateTrainingRequest request)
        {
            var source = FakeModels.Create(root, "candidate", Start);
            Directory.CreateDirectory(request.OutputDirectory);
            foreach (var file in Directory.EnumerateFiles(source))
            {
                File.Copy(file, Path.Combine(request.OutputDirectory, Path.GetFileName(file)), overwrite: true);
            }

            return new CandidateTrainingResult(request.OutputDirectory, "tiny", ModelCandidateTrainer.FromScratchMode, 1, 0.1, 0.9);
        }
    }

    private sealed class FixedEvaluator : IModelEvaluator
    {
        public ModelEvaluation Evaluate(string modelDirectory, string validationDirectory, IReadOnlyList<string> recentNormals) =>
            new() { Version = Path.GetFileName(modelDirectory), Auc = 0.9, Threshold = 0.5, Sensitivity = 0.95, Specificity = 0.8, ValidationNormalCount = 10, ValidationAbnormalCount = 10 };
    }
}
