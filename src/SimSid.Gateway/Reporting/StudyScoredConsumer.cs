using MassTransit;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SimSid.Contracts;
using SimSid.Dicom;
using SimSid.Dicom.StructuredReport.Triage;
using SimSid.Gateway.Archive;
using SimSid.Gateway.Delivery;
using SimSid.Gateway.State;

namespace SimSid.Gateway.Reporting;

/// <summary>
/// Consumes StudyScored: records the job, builds the SR (deterministic UIDs: the same study and model give the same
/// SR, so a re-scored study replaces rather than duplicates), archives it, and queues its delivery. The same message
/// delivered twice (same correlation id and model) is recognised and ignored.
/// </summary>
public sealed class StudyScoredConsumer(
    StudyStore studies,
    JobStore jobs,
    DeliveryStore deliveries,
    InstanceArchive archive,
    TriageCompletion completion,
    DeliverySignal signal,
    IOptions<GatewayOptions> gateway,
    IOptions<DeliveryOptions> delivery,
    GatewayMetrics metrics,
    ILogger<StudyScoredConsumer> logger,
    TimeProvider time) : IConsumer<StudyScored>
{
    public async Task Consume(ConsumeContext<StudyScored> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var message = context.Message;
        if (AlreadyRecorded(message))
        {
            // The same StudyScored again (a worker died between publishing and acknowledging, or the broker redelivered):
            // its job, SR and deliveries exist already; recording it twice would publish StudyTriaged twice.
            Log.DuplicateScoredIgnored(logger, message.StudyInstanceUid, message.CorrelationId, message.Model.Version);
            return;
        }

        var now = time.GetUtcNow();
        var skipped = message.Skipped.Select(s => (s.SopInstanceUid, s.Reason)).ToList();
        if (message.Images.Count == 0)
        {
            jobs.RecordScored(message.StudyInstanceUid, message.CorrelationId, message.Model.Version, message.Model.DeviceUid, null, null, null, message.ReceivedUtc, skipped, now);
            Log.NothingScored(logger, message.StudyInstanceUid, message.Skipped.Count);
            return;
        }

        var model = new TriageModelInfo(message.Model.Name, message.Model.Version, message.Model.DeviceUid, message.Model.Threshold);
        var archived = studies.Instances(message.StudyInstanceUid).ToDictionary(i => i.SopInstanceUid, StringComparer.Ordinal);
        var sources = new List<DicomDataset>();
        var results = new List<ImageTriageResult>();
        foreach (var image in message.Images)
        {
            if (!archived.TryGetValue(image.SopInstanceUid, out var instance))
            {
                throw new InvalidOperationException($"Scored image {image.SopInstanceUid} is not an archived instance of study {message.StudyInstanceUid}.");
            }

            sources.Add(DicomFile.Open(instance.Path, new DicomReadOptions { StopBeforePixelData = true }).Dataset);
            results.Add(new ImageTriageResult(instance.SopClassUid, image.SopInstanceUid, image.AnomalyScore, model.IsFlagged(image.AnomalyScore)));
        }

        var result = new TriageResult(results);
        var accession = sources[0].GetStringOrDefault(DicomTag.AccessionNumber);
        var jobId = jobs.RecordScored(
            message.StudyInstanceUid,
            message.CorrelationId,
            model.Version,
            model.DeviceUid,
            result.MaxAnomalyScore,
            result.IsFlagged,
            string.IsNullOrWhiteSpace(accession) ? null : accession,
            message.ReceivedUtc,
            skipped,
            now);
        var builder = new TriageReportBuilder(model, new TriageReportOptions { InstitutionName = gateway.Value.InstitutionName });
        var document = builder.Build(sources, result, time);
        var srUid = document.Header.SopInstanceUid;
        var path = archive.SaveReport(document.ToFile(), message.StudyInstanceUid, srUid);
        jobs.SetReport(jobId, srUid, time.GetUtcNow());
        deliveries.Enqueue(jobId, message.StudyInstanceUid, srUid, path, delivery.Value.Destinations.Select(d => d.Name), time.GetUtcNow());
        metrics.StudiesReported.Add(1);
        if (result.IsFlagged)
        {
            metrics.StudiesFlagged.Add(1);
        }

        Log.ReportBuilt(logger, srUid, message.StudyInstanceUid, result.MaxAnomalyScore, result.IsFlagged, model.Version);
        await completion.CompleteIfDeliveredAsync(jobId, context, context.CancellationToken).ConfigureAwait(false);
        signal.Notify();
    }

    /// <summary>
    /// True when this very message (correlation id and model) was fully handled before: its job has an SR and its
    /// deliveries are queued. A job left half-done by a crash is processed again (the SR UID is the same).
    /// </summary>
    private bool AlreadyRecorded(StudyScored message) =>
        jobs.ForStudy(message.StudyInstanceUid).Any(j =>
            j.CorrelationId == message.CorrelationId
            && j.ModelVersion == message.Model.Version
            && j.SrSopInstanceUid is not null
            && (delivery.Value.Destinations.Count == 0 || deliveries.ForJob(j.Id).Count > 0));
}
