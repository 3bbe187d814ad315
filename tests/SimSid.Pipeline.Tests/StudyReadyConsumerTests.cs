using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;
using SimSid.Contracts;
using SimSid.Dicom;
using SimSid.Inference;
using SimSid.Synthetic;
using SimSid.Testing;

namespace SimSid.Pipeline.Tests;

public sealed class StudyReadyConsumerTests
{
    [Fact]
    public async Task Consume_FrontalLateralAndBrokenImages_ScoresOnlyTheFrontalAndListsTheRest()
    {
        using var temp = new TempDirectory();
        var files = SyntheticFolderWriter.Write(temp.Combine("in"), new SyntheticFolderOptions { Count = 2, Size = 64, Seed = 5 });
        var frontal = DicomFile.Open(files[0].Path);
        var lateral = DicomFile.Open(files[1].Path);
        lateral.Dataset.AddOrUpdate(DicomTag.ViewPosition, "LL");
        lateral.Save(files[1].Path);
        var broken = temp.Combine("broken.dcm");
        File.WriteAllBytes(broken, new byte[200]);
        var scorer = new MeanIntensityScorer(threshold: 0);
        await using var provider = BusHarness.Inference(scorer);
        var harness = provider.GetTestHarness();
        await harness.Start();
        var study = frontal.Dataset.GetString(DicomTag.StudyInstanceUID);
        var message = new StudyReady(
            Guid.NewGuid(),
            study,
            [
                new InstanceReference(frontal.Dataset.GetString(DicomTag.SOPInstanceUID), frontal.Dataset.GetString(DicomTag.SOPClassUID), "1.2.1", files[0].Path),
                new InstanceReference(lateral.Dataset.GetString(DicomTag.SOPInstanceUID), lateral.Dataset.GetString(DicomTag.SOPClassUID), "1.2.1", files[1].Path),
                new InstanceReference("1.2.3.4", DicomUid.ComputedRadiographyImageStorage, "1.2.1", broken),
                new InstanceReference("1.2.3.5", DicomUid.ComputedRadiographyImageStorage, "1.2.1", temp.Combine("missing.dcm")),
            ],
            DateTimeOffset.UtcNow);

        await harness.Bus.Publish(message);

        var scored = (await BusHarness.PublishedAsync<StudyScored>(harness, m => m.CorrelationId == message.CorrelationId)).Context.Message;
        var image = Assert.Single(scored.Images);
        Assert.Equal(frontal.Dataset.GetString(DicomTag.SOPInstanceUID), image.SopInstanceUid);
        Assert.True(image.Flagged);
        Assert.Equal(3, scored.Skipped.Count);
        Assert.Contains(scored.Skipped, s => s.Reason.Contains("not frontal", StringComparison.Ordinal));
        Assert.Contains(scored.Skipped, s => s.SopInstanceUid == "1.2.3.4" && s.Reason.StartsWith("unreadable", StringComparison.Ordinal));
        Assert.Contains(scored.Skipped, s => s.SopInstanceUid == "1.2.3.5" && s.Reason.Contains("missing", StringComparison.Ordinal));
        Assert.Equal(scorer.Model, scored.Model);
        Assert.Equal(1, scorer.ImagesScored);
        await harness.Stop();
    }

    [Fact]
    public async Task Consume_StudiesArrivingWhileOneIsScored_AreScoredTogetherInOneBatch()
    {
        using var temp = new TempDirectory();
        var files = SyntheticFolderWriter.Write(temp.Combine("in"), new SyntheticFolderOptions { Count = 4, Size = 64, Seed = 6 });
        using var scorer = new GatedRecordingScorer();
        await using var provider = BusHarness.Inference(scorer, new InferenceOptions { ConcurrentMessageLimit = 8, PrefetchCount = 8, MaxBatchSize = 16 });
        var harness = provider.GetTestHarness();
        await harness.Start();
        var messages = files.Select(f => StudyOf(f.Path)).ToList();
        scorer.Hold();

        await harness.Bus.Publish(messages[0]);
        Assert.True(await scorer.CallStarted.WaitAsync(TimeSpan.FromSeconds(30)));
        foreach (var message in messages.Skip(1))
        {
            await harness.Bus.Publish(message);
        }

        await Task.Delay(TimeSpan.FromMilliseconds(500)); // the three are loaded and queued behind the first
        scorer.Release();

        foreach (var message in messages)
        {
            var scored = (await BusHarness.PublishedAsync<StudyScored>(harness, m => m.CorrelationId == message.CorrelationId)).Context.Message;
            Assert.Equal(message.Instances[0].SopInstanceUid, Assert.Single(scored.Images).SopInstanceUid);
        }

        Assert.Equal([1, 3], scorer.BatchSizes);
        await harness.Stop();
    }

    private static StudyReady StudyOf(string path)
    {
        var dataset = DicomFile.Open(path).Dataset;
        return new StudyReady(
            Guid.NewGuid(),
            dataset.GetString(DicomTag.StudyInstanceUID),
            [new InstanceReference(dataset.GetString(DicomTag.SOPInstanceUID), dataset.GetString(DicomTag.SOPClassUID), "1.2.1", path)],
            DateTimeOffset.UtcNow);
    }
}
