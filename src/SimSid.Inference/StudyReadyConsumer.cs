using MassTransit;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SimSid.Contracts;
using SimSid.Dicom;
using SimSid.Dicom.Imaging;
using SimSid.Imaging;

namespace SimSid.Inference;

/// <summary>
/// Consumes StudyReady: loads the study's frontal CR/DX images from the archive (claim check), preprocesses them
/// through SimSid.Dicom's pixel pipeline, scores them (batched with the other studies in flight by the
/// <see cref="CrossStudyBatcher"/>) and publishes StudyScored. Images that are not
/// scored are listed with the reason; an unreadable image is skipped, the rest of the study is scored. Each message
/// leases the model current at its start (<see cref="ScorerLease"/>) and keeps it to the end, so StudyScored names the
/// version and Device UID of the model that actually scored it even while a new model is switched in.
/// </summary>
public sealed class StudyReadyConsumer(
    IImageScorer scorer,
    CrossStudyBatcher batcher,
    IOptions<InferenceOptions> options,
    InferenceMetrics metrics,
    ILogger<StudyReadyConsumer> logger,
    TimeProvider time) : IConsumer<StudyReady>
{
    private readonly FrontalImageSelector _selector = new(options.Value);

    public async Task Consume(ConsumeContext<StudyReady> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var message = context.Message;
        var started = time.GetTimestamp();
        metrics.QueueLagSeconds.Record(Math.Max(0, (time.GetUtcNow() - message.ReceivedUtc).TotalSeconds));
        using var lease = ScorerLease.Acquire(scorer);
        var model = lease.Scorer;
        var images = new List<GrayImage>();
        var scored = new List<InstanceReference>();
        var skipped = new List<SkippedInstance>();
        foreach (var instance in message.Instances)
        {
            var reason = TryLoad(instance, model.InputSize, out var image);
            if (reason is null)
            {
                images.Add(image!);
                scored.Add(instance);
            }
            else
            {
                skipped.Add(new SkippedInstance(instance.SopInstanceUid, reason));
                metrics.ImagesSkipped.Add(1);
                Log.InstanceSkipped(logger, instance.SopInstanceUid, message.StudyInstanceUid, reason);
            }
        }

        var identity = model.Model;
        var scores = await batcher.ScoreAsync(model, images, context.CancellationToken).ConfigureAwait(false);
        var results = scored.Select((s, i) => new ImageScore(s.SopInstanceUid, s.SopClassUid, scores[i], scores[i] >= identity.Threshold)).ToList();
        var elapsed = time.GetElapsedTime(started);
        await context.Publish(
            new StudyScored(message.CorrelationId, message.StudyInstanceUid, identity, results, skipped, message.ReceivedUtc, elapsed.TotalMilliseconds),
            context.CancellationToken).ConfigureAwait(false);
        metrics.StudiesScored.Add(1);
        metrics.InferenceSeconds.Record(elapsed.TotalSeconds);
        var max = results.Count > 0 ? results.Max(r => r.AnomalyScore) : double.NaN;
        Log.StudyScored(logger, message.StudyInstanceUid, results.Count, skipped.Count, max, results.Any(r => r.Flagged), identity.Version, elapsed.TotalMilliseconds);
    }

    private string? TryLoad(InstanceReference instance, int inputSize, out GrayImage? image)
    {
        image = null;
        if (!File.Exists(instance.ArchivePath))
        {
            return "archived file is missing";
        }

        try
        {
            var file = DicomFile.Open(instance.ArchivePath);
            var reason = _selector.SkipReason(file.Dataset);
            if (reason is not null)
            {
                return reason;
            }

            image = DicomPixelPipeline.ToGrayImage(file, inputSize);
            return null;
        }
        catch (DicomException ex)
        {
            return "unreadable: " + ex.Message;
        }
    }
}
