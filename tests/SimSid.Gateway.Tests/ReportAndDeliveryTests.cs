using MassTransit.Testing;
using SimSid.Contracts;
using SimSid.Dicom;
using SimSid.Gateway.Delivery;
using SimSid.Gateway.State;

namespace SimSid.Gateway.Tests;

public sealed class ReportAndDeliveryTests
{
    private static readonly ModelIdentity Model = new("SimSID tiny", "test-1", "1.2.826.0.1.3680043.10.1.1", 0.5);

    [Fact]
    public async Task StudyScored_Delivered_BuildsSrDeliversItAndPublishesStudyTriaged()
    {
        await using var gateway = await GatewayHarness.StartAsync();
        var (study, sop, sopClass, accession) = await IngestOneAsync(gateway);

        await PublishScoredAsync(gateway, study, sop, sopClass, 0.8);
        var delivery = Assert.Single(gateway.Get<DeliveryStore>().List());
        Assert.Equal(DeliveryStates.Pending, delivery.State);
        var sr = DicomFile.Open(delivery.Path).Dataset;
        Assert.Equal(study, sr.GetString(DicomTag.StudyInstanceUID));
        Assert.Equal(delivery.SrSopInstanceUid, sr.GetString(DicomTag.SOPInstanceUID));

        Assert.Equal(1, await gateway.Get<DeliveryWorker>().DeliverDueAsync(CancellationToken.None));

        Assert.Equal(DeliveryStates.Delivered, Assert.Single(gateway.Get<DeliveryStore>().List()).State);
        Assert.NotEmpty(gateway.Bus.Published.Select<StudyTriaged>());
        var triaged = gateway.Bus.Published.Select<StudyTriaged>().Single().Context.Message;
        Assert.Equal(study, triaged.StudyInstanceUid);
        Assert.Equal(accession, triaged.AccessionNumber);
        Assert.True(triaged.Flagged);
        Assert.Equal(TriagePriority.Priority, triaged.Priority);
        Assert.Equal(0.8, triaged.AnomalyScore, 6);
        Assert.Equal(delivery.SrSopInstanceUid, triaged.SrSopInstanceUid);
        Assert.Equal("test-1", triaged.ModelVersion);
        Assert.Equal(StudyStates.Delivered, Assert.Single(gateway.Get<JobStore>().ForStudy(study)).State);
    }

    [Fact]
    public async Task StudyScored_SameStudyAndModelTwice_SameSrUidAndOneDeliveryRow()
    {
        await using var gateway = await GatewayHarness.StartAsync();
        var (study, sop, sopClass, _) = await IngestOneAsync(gateway);

        await PublishScoredAsync(gateway, study, sop, sopClass, 0.2);
        await gateway.Get<DeliveryWorker>().DeliverDueAsync(CancellationToken.None);
        await PublishScoredAsync(gateway, study, sop, sopClass, 0.2);
        await gateway.Get<DeliveryWorker>().DeliverDueAsync(CancellationToken.None);

        var delivery = Assert.Single(gateway.Get<DeliveryStore>().List());
        Assert.Equal(DeliveryStates.Delivered, delivery.State);
        Assert.Single(gateway.Sender.Calls);
        Assert.Equal(2, gateway.Get<JobStore>().ForStudy(study).Count);
        Assert.All(gateway.Bus.Published.Select<StudyTriaged>(), m => Assert.Equal(delivery.SrSopInstanceUid, m.Context.Message.SrSopInstanceUid));
    }

    [Fact]
    public async Task StudyScored_SameMessageDeliveredTwice_RecordedOnceAndTriagedOnce()
    {
        await using var gateway = await GatewayHarness.StartAsync();
        var (study, sop, sopClass, _) = await IngestOneAsync(gateway);
        var id = Guid.NewGuid();
        var message = new StudyScored(id, study, Model, [new ImageScore(sop, sopClass, 0.7, true)], [], gateway.Time.GetUtcNow(), 12);

        await gateway.Bus.Bus.Publish(message);
        Assert.Null((await gateway.ConsumedAsync<StudyScored>(m => m.CorrelationId == id)).Exception);
        await gateway.Get<DeliveryWorker>().DeliverDueAsync(CancellationToken.None);
        await gateway.Bus.Bus.Publish(message);
        await gateway.Bus.InactivityTask;

        var job = Assert.Single(gateway.Get<JobStore>().ForStudy(study));
        Assert.Equal(StudyStates.Delivered, job.State);
        Assert.Single(gateway.Get<DeliveryStore>().List());
        Assert.Single(gateway.Sender.Calls);
        Assert.Single(gateway.Bus.Published.Select<StudyTriaged>());
        Assert.Equal(2, gateway.Bus.Consumed.Select<StudyScored>(m => m.Context.Message.CorrelationId == id).Count());
    }

    [Fact]
    public async Task DeliverDue_DestinationFailing_BacksOffOpensCircuitAndDeliversAfterRecovery()
    {
        await using var gateway = await GatewayHarness.StartAsync();
        var (study, sop, sopClass, _) = await IngestOneAsync(gateway);
        await PublishScoredAsync(gateway, study, sop, sopClass, 0.3);
        var worker = gateway.Get<DeliveryWorker>();
        var store = gateway.Get<DeliveryStore>();
        gateway.Sender.Respond = (_, _) => new DeliveryOutcome(false, "A700 Failure", "out of resources");

        Assert.Equal(0, await worker.DeliverDueAsync(CancellationToken.None));
        var first = Assert.Single(store.List());
        Assert.Equal(1, first.Attempts);
        Assert.Equal(gateway.Time.GetUtcNow().AddSeconds(10), first.NextAttemptUtc);
        Assert.Equal("out of resources", first.LastError);

        gateway.Time.Advance(TimeSpan.FromSeconds(10));
        await worker.DeliverDueAsync(CancellationToken.None);
        Assert.Equal(2, Assert.Single(store.List()).Attempts);

        // Two consecutive failures opened the circuit for a minute: nothing is attempted meanwhile.
        gateway.Time.Advance(TimeSpan.FromSeconds(20));
        await worker.DeliverDueAsync(CancellationToken.None);
        Assert.Equal(2, gateway.Sender.Calls.Count);

        gateway.Sender.Respond = (_, _) => new DeliveryOutcome(true, "0000 Success", null);
        gateway.Time.Advance(TimeSpan.FromSeconds(41));
        Assert.Equal(1, await worker.DeliverDueAsync(CancellationToken.None));
        Assert.Equal(DeliveryStates.Delivered, Assert.Single(store.List()).State);
        Assert.NotEmpty(gateway.Bus.Published.Select<StudyTriaged>());
    }

    [Fact]
    public async Task Retry_FailedDelivery_IsPendingAndDueNow()
    {
        await using var gateway = await GatewayHarness.StartAsync(new Dictionary<string, string?> { ["Delivery:MaxAge"] = "00:00:00" });
        var (study, sop, sopClass, _) = await IngestOneAsync(gateway);
        await PublishScoredAsync(gateway, study, sop, sopClass, 0.3);
        gateway.Sender.Respond = (_, _) => new DeliveryOutcome(false, "network", "refused");
        await gateway.Get<DeliveryWorker>().DeliverDueAsync(CancellationToken.None);
        var store = gateway.Get<DeliveryStore>();
        Assert.Equal(DeliveryStates.Failed, Assert.Single(store.List()).State);

        Assert.Equal(1, store.Retry(null, gateway.Time.GetUtcNow()));

        Assert.Single(store.Due(gateway.Time.GetUtcNow()));
    }

    [Fact]
    public async Task DeliverDue_AfterGatewayRestart_ResumesThePendingDelivery()
    {
        using var temp = new SimSid.Testing.TempDirectory();
        await using (var before = await GatewayHarness.StartAsync(temp: temp))
        {
            var (study, sop, sopClass, _) = await IngestOneAsync(before);
            await PublishScoredAsync(before, study, sop, sopClass, 0.3);
            before.Sender.Respond = (_, _) => new DeliveryOutcome(false, "network", "PACS down");
            await before.Get<DeliveryWorker>().DeliverDueAsync(CancellationToken.None);
        }

        await using var after = await GatewayHarness.StartAsync(new Dictionary<string, string?> { ["Delivery:InitialBackoff"] = "00:00:01" }, temp);
        after.Time.Advance(TimeSpan.FromHours(1));

        Assert.Equal(1, await after.Get<DeliveryWorker>().DeliverDueAsync(CancellationToken.None));
        Assert.Equal(DeliveryStates.Delivered, Assert.Single(after.Get<DeliveryStore>().List()).State);
        Assert.NotEmpty(after.Bus.Published.Select<StudyTriaged>());
    }

    [Fact]
    public async Task StudyScored_NoScorableImage_RecordsTheJobAndBuildsNoSr()
    {
        await using var gateway = await GatewayHarness.StartAsync();
        var (study, sop, _, _) = await IngestOneAsync(gateway);
        var id = Guid.NewGuid();

        await gateway.Bus.Bus.Publish(new StudyScored(id, study, Model, [], [new SkippedInstance(sop, "view 'LL' is not frontal")], gateway.Time.GetUtcNow(), 3));
        Assert.Null((await gateway.ConsumedAsync<StudyScored>(m => m.CorrelationId == id)).Exception);

        Assert.Equal(StudyStates.NothingToScore, Assert.Single(gateway.Get<JobStore>().ForStudy(study)).State);
        Assert.Empty(gateway.Get<DeliveryStore>().List());
    }

    [Fact]
    public async Task StudyScored_ImageNotInArchive_FaultsTheMessage()
    {
        await using var gateway = await GatewayHarness.StartAsync();
        var id = Guid.NewGuid();

        await gateway.Bus.Bus.Publish(new StudyScored(id, "1.2.3", Model, [new ImageScore("1.2.3.4", TestInstances.CrStorage, 0.1, false)], [], gateway.Time.GetUtcNow(), 3));

        var consumed = await gateway.ConsumedAsync<StudyScored>(m => m.CorrelationId == id);
        Assert.IsType<InvalidOperationException>(consumed.Exception);
        Assert.Empty(gateway.Get<DeliveryStore>().List());
    }

    private static async Task<(string Study, string Sop, string SopClass, string Accession)> IngestOneAsync(GatewayHarness gateway)
    {
        var file = IngestHelper.Synthesize(gateway.Temp.Combine("synth"), 1)[0].Path;
        var dataset = DicomFile.Open(file).Dataset;
        await IngestHelper.ReceiveAsync(gateway, file);
        return (dataset.GetString(DicomTag.StudyInstanceUID), dataset.GetString(DicomTag.SOPInstanceUID), dataset.GetString(DicomTag.SOPClassUID), dataset.GetString(DicomTag.AccessionNumber));
    }

    private static async Task PublishScoredAsync(GatewayHarness gateway, string study, string sop, string sopClass, double score)
    {
        var id = Guid.NewGuid();
        await gateway.Bus.Bus.Publish(new StudyScored(id, study, Model, [new ImageScore(sop, sopClass, score, score >= Model.Threshold)], [], gateway.Time.GetUtcNow(), 12));
        var consumed = await gateway.ConsumedAsync<StudyScored>(m => m.CorrelationId == id);
        Assert.Null(consumed.Exception);
    }
}
