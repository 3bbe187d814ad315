using MassTransit;
using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SimSid.Contracts;
using SimSid.Dicom;
using SimSid.Dicom.Imaging;
using SimSid.Inference;
using SimSid.Model.Scoring;
using SimSid.Retrain.Registry;
using SimSid.Synthetic;
using SimSid.Testing;

namespace SimSid.Retrain.Tests;

/// <summary>
/// The inference worker on MassTransit's in-memory bus, following a registry: a model promoted in the middle of a
/// stream of studies is switched in between messages, no study is lost or scored twice, and every StudyScored names
/// the model whose scores it carries.
/// </summary>
[Collection(TorchTrainingGroup.Name)]
public sealed class HotReloadWorkerTests
{
    private const int Studies = 60;

    [Fact]
    public async Task Consume_ModelPromotedMidStream_EveryStudyScoredOnceByTheModelItNames()
    {
        using var temp = new TempDirectory("simsid-hotreload");
        var registry = new ModelRegistry(temp.Combine("registry"));
        var v1 = registry.Import(TinyModel.Directory, "v1");
        registry.Promote(v1.Version);
        var v2 = registry.Import(TinyModel.WithShiftedCalibration(temp.Combine("shifted")), "v2");
        var files = SyntheticFolderWriter.Write(temp.Combine("studies"), new SyntheticFolderOptions { Count = Studies, Size = 64, Seed = 21 });
        var expected = new Dictionary<string, IReadOnlyDictionary<string, double>>
        {
            [v1.Version] = ExpectedScores(v1.Directory, files),
            [v2.Version] = ExpectedScores(v2.Directory, files),
        };
        var messages = files.Select(Message).ToList();

        await using var provider = Worker(registry.Root);
        var host = provider.GetRequiredService<ModelHost>();
        await host.StartAsync(CancellationToken.None);
        var harness = provider.GetTestHarness();
        await harness.Start();
        var scored = new PublishRecorder<StudyScored>();
        var faults = new PublishRecorder<Fault<StudyReady>>();
        using var scoredObserver = harness.Bus.ConnectPublishObserver(scored);
        using var faultObserver = harness.Bus.ConnectPublishObserver(faults);

        foreach (var message in messages.Take(Studies / 2))
        {
            await harness.Bus.Publish(message);
        }

        await scored.CountReached(10).WaitAsync(TimeSpan.FromMinutes(2));
        var scoredBeforePromotion = scored.Messages.Select(s => s.CorrelationId).ToHashSet();
        registry.Promote(v2.Version);
        await harness.Bus.Publish(new ModelPublished(v2.Version, v2.DeviceUid, v2.Directory, DateTimeOffset.UtcNow));
        Assert.True(await harness.Consumed.Any<ModelPublished>());
        Assert.Equal(v2.Version, host.CurrentVersion);
        var publishedAfterSwitch = messages.Skip(Studies / 2).Select(m => m.CorrelationId).ToHashSet();
        foreach (var message in messages.Skip(Studies / 2))
        {
            await harness.Bus.Publish(message);
        }

        await scored.CountReached(Studies).WaitAsync(TimeSpan.FromMinutes(2));
        await harness.Stop(); // waits for consumers in flight: a duplicate would be recorded by now

        Assert.Empty(faults.Messages);
        Assert.Equal(messages.Select(m => m.CorrelationId).Order(), scored.Messages.Select(s => s.CorrelationId).Order());
        var identities = new Dictionary<string, RegistryEntry> { [v1.Version] = v1, [v2.Version] = v2 };
        foreach (var study in scored.Messages)
        {
            var version = study.Model.Version;
            Assert.True(identities.ContainsKey(version), $"unknown model version {version}");
            Assert.Equal(identities[version].DeviceUid, study.Model.DeviceUid);
            var image = Assert.Single(study.Images);
            // Studies in flight are scored in one batch; batched convolutions sum in another order (measured up to 3e-5 apart).
            Assert.Equal(expected[version][image.SopInstanceUid], image.AnomalyScore, tolerance: 1e-4);
            if (scoredBeforePromotion.Contains(study.CorrelationId))
            {
                Assert.Equal(v1.Version, version);
            }

            if (publishedAfterSwitch.Contains(study.CorrelationId))
            {
                Assert.Equal(v2.Version, version);
            }
        }

        Assert.NotEqual(v1.DeviceUid, v2.DeviceUid);
        Assert.Contains(scored.Messages, s => s.Model.Version == v1.Version);
        Assert.Contains(scored.Messages, s => s.Model.Version == v2.Version);
        var healthy = await host.CheckHealthAsync(new Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckContext());
        Assert.Equal(v2.Version, healthy.Data["ModelVersion"]);
        Assert.Equal(v2.DeviceUid, healthy.Data["DeviceUid"]);
        await host.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Refresh_PromotedVersionFailsToLoad_KeepsCurrentModelAndReportsDegradedUntilRolledBack()
    {
        using var temp = new TempDirectory("simsid-hotreload");
        var registry = new ModelRegistry(temp.Combine("registry"));
        registry.Promote(registry.Import(TinyModel.Directory, "v1").Version);
        var broken = registry.Import(FakeModels.Create(temp.Path, "broken", DateTimeOffset.UtcNow), "broken");
        await using var provider = Worker(registry.Root);
        var host = provider.GetRequiredService<ModelHost>();
        await host.StartAsync(CancellationToken.None);

        registry.Promote(broken.Version);
        var switched = host.Refresh();

        Assert.False(switched);
        Assert.Equal("v1", host.CurrentVersion);
        Assert.Equal("v1", host.Model.Version);
        var health = await host.CheckHealthAsync(new Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckContext());
        Assert.Equal(Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Degraded, health.Status);

        registry.Promote("v1");
        host.Refresh();

        var restored = await host.CheckHealthAsync(new Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckContext());
        Assert.Equal(Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Healthy, restored.Status);
        Assert.Equal("v1", restored.Data["ModelVersion"]);
        await host.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task StartAsync_EmptyRegistry_ScoresWithTheFallbackModelUntilAVersionIsPromoted()
    {
        using var temp = new TempDirectory("simsid-hotreload");
        var registry = new ModelRegistry(temp.Combine("registry"));
        Directory.CreateDirectory(registry.Root);
        await using var provider = Worker(registry.Root, fallback: TinyModel.Directory);
        var host = provider.GetRequiredService<ModelHost>();
        await host.StartAsync(CancellationToken.None);
        var fallback = host.Model;
        var before = await host.CheckHealthAsync(new Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckContext());

        var v1 = registry.Import(TinyModel.Directory, "v1");
        registry.Promote(v1.Version);
        host.Refresh(); // (the file notification may have switched already; either way v1 is current afterwards)

        Assert.Equal("directory", before.Data["ModelSource"]);
        Assert.Equal(Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Healthy, before.Status);
        Assert.Equal("v1", host.CurrentVersion);
        Assert.Equal(new Contracts.ModelIdentity(fallback.Name, "v1", v1.DeviceUid, fallback.Threshold), host.Model);
        await host.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task StartAsync_EmptyRegistryAndUnreadableFallback_FailsNamingTheKeys()
    {
        using var temp = new TempDirectory("simsid-hotreload");
        await using var provider = Worker(temp.Combine("empty-registry"), fallback: temp.Combine("no-model"));
        var host = provider.GetRequiredService<ModelHost>();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => host.StartAsync(CancellationToken.None));

        Assert.Contains("Inference:ModelRegistry", error.Message, StringComparison.Ordinal);
        Assert.Contains("Inference:ModelDirectory", error.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Worker(string registry, string? fallback = null)
    {
        var services = new ServiceCollection();
        services.AddLogging(l => l.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(Options.Create(new InferenceOptions
        {
            ModelRegistry = registry,
            ModelDirectory = fallback,
            ModelRegistryPollInterval = TimeSpan.Zero,
            Threads = 1,
            ConcurrentMessageLimit = 4,
            PrefetchCount = 8,
        }));
        services.AddSingleton<InferenceMetrics>();
        services.AddSingleton<CrossStudyBatcher>();
        services.AddSingleton<ModelHost>();
        services.AddSingleton<IImageScorer>(sp => sp.GetRequiredService<ModelHost>());
        services.AddMassTransitTestHarness(x =>
        {
            x.AddConsumer<StudyReadyConsumer>(typeof(StudyReadyConsumerDefinition));
            x.AddConsumer<ModelPublishedConsumer>();
            x.SetTestTimeouts(testTimeout: TimeSpan.FromSeconds(120), testInactivityTimeout: TimeSpan.FromSeconds(30));
        });
        return services.BuildServiceProvider(validateScopes: true);
    }

    private static StudyReady Message(SyntheticFile file)
    {
        var dataset = DicomFile.Open(file.Path).Dataset;
        return new StudyReady(
            Guid.NewGuid(),
            dataset.GetString(DicomTag.StudyInstanceUID),
            [new InstanceReference(dataset.GetString(DicomTag.SOPInstanceUID), dataset.GetString(DicomTag.SOPClassUID), dataset.GetString(DicomTag.SeriesInstanceUID), file.Path)],
            DateTimeOffset.UtcNow);
    }

    private static Dictionary<string, double> ExpectedScores(string modelDirectory, IReadOnlyList<SyntheticFile> files)
    {
        using var engine = InferenceEngine.Open(modelDirectory, threads: 1);
        var scores = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var dicom = DicomFile.Open(file.Path);
            scores[dicom.Dataset.GetString(DicomTag.SOPInstanceUID)] = engine.Score(DicomPixelPipeline.ToGrayImage(dicom, engine.InputSize)).Score;
        }

        return scores;
    }
}
