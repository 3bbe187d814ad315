using MassTransit.Testing;
using SimSid.Contracts;
using SimSid.Gateway.Receiving;
using SimSid.Gateway.State;

namespace SimSid.Gateway.Tests;

public sealed class StudySettlerTests
{
    [Fact]
    public async Task SettleDue_BeforeSettleTime_PublishesNothing()
    {
        await using var gateway = await GatewayHarness.StartAsync();
        gateway.Get<StudyStore>().RecordInstance(TestInstances.Record("1.2.3", "1.2.3.1", "1.2.3.1.1", "/a/1.dcm"), gateway.Time.GetUtcNow());

        gateway.Time.Advance(TimeSpan.FromSeconds(14));
        var published = await gateway.Get<StudySettler>().SettleDueAsync(CancellationToken.None);

        Assert.Equal(0, published);
        Assert.Equal(StudyStates.Receiving, gateway.Get<StudyStore>().State("1.2.3"));
    }

    [Fact]
    public async Task SettleDue_SettleTimeAfterLastInstance_PublishesStudyReadyWithClaimCheckPaths()
    {
        await using var gateway = await GatewayHarness.StartAsync();
        var studies = gateway.Get<StudyStore>();
        studies.RecordInstance(TestInstances.Record("1.2.3", "1.2.3.1", "1.2.3.1.1", "/a/1.dcm"), gateway.Time.GetUtcNow());
        gateway.Time.Advance(TimeSpan.FromSeconds(10));
        studies.RecordInstance(TestInstances.Record("1.2.3", "1.2.3.1", "1.2.3.1.2", "/a/2.dcm"), gateway.Time.GetUtcNow());

        gateway.Time.Advance(TimeSpan.FromSeconds(14));
        Assert.Equal(0, await gateway.Get<StudySettler>().SettleDueAsync(CancellationToken.None));
        gateway.Time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(1, await gateway.Get<StudySettler>().SettleDueAsync(CancellationToken.None));

        var ready = Assert.Single(gateway.Bus.Published.Select<StudyReady>()).Context.Message;
        Assert.Equal("1.2.3", ready.StudyInstanceUid);
        Assert.Equal(["/a/1.dcm", "/a/2.dcm"], ready.Instances.Select(i => i.ArchivePath).Order(StringComparer.Ordinal));
        Assert.NotEqual(Guid.Empty, ready.CorrelationId);
        Assert.Equal(StudyStates.Ready, studies.State("1.2.3"));
        Assert.Equal(0, await gateway.Get<StudySettler>().SettleDueAsync(CancellationToken.None));
        Assert.Equal(["Opened", "Ready"], studies.Events("1.2.3"));
    }

    [Fact]
    public async Task SettleDue_InstancesKeepArriving_ForceCompletesAtTheCap()
    {
        await using var gateway = await GatewayHarness.StartAsync();
        var studies = gateway.Get<StudyStore>();
        for (var i = 1; i <= 6; i++)
        {
            studies.RecordInstance(TestInstances.Record("1.2.4", "1.2.4.1", "1.2.4.1." + i, "/b/" + i), gateway.Time.GetUtcNow());
            Assert.Equal(0, await gateway.Get<StudySettler>().SettleDueAsync(CancellationToken.None));
            gateway.Time.Advance(TimeSpan.FromSeconds(10));
        }

        // 60 s after the first instance, each gap only 10 s: the 60 s cap forces completion.
        Assert.Equal(1, await gateway.Get<StudySettler>().SettleDueAsync(CancellationToken.None));
        Assert.Equal(6, Assert.Single(gateway.Bus.Published.Select<StudyReady>()).Context.Message.Instances.Count);
    }

    [Fact]
    public async Task SettleDue_InstanceAfterReady_ReopensTheStudy()
    {
        await using var gateway = await GatewayHarness.StartAsync();
        var studies = gateway.Get<StudyStore>();
        studies.RecordInstance(TestInstances.Record("1.2.5", "1.2.5.1", "1.2.5.1.1", "/c/1"), gateway.Time.GetUtcNow());
        gateway.Time.Advance(TimeSpan.FromSeconds(15));
        await gateway.Get<StudySettler>().SettleDueAsync(CancellationToken.None);

        studies.RecordInstance(TestInstances.Record("1.2.5", "1.2.5.1", "1.2.5.1.2", "/c/2"), gateway.Time.GetUtcNow());
        Assert.Equal(StudyStates.Receiving, studies.State("1.2.5"));
        gateway.Time.Advance(TimeSpan.FromSeconds(15));
        await gateway.Get<StudySettler>().SettleDueAsync(CancellationToken.None);

        var messages = gateway.Bus.Published.Select<StudyReady>().Select(m => m.Context.Message).ToList();
        Assert.Equal(2, messages.Count);
        Assert.Equal(2, messages.Max(m => m.Instances.Count));
        Assert.Equal(["Opened", "Ready", "Reopened", "Ready"], studies.Events("1.2.5"));
    }

    [Fact]
    public async Task SettleDue_AfterRestart_ResumesPendingStudies()
    {
        using var temp = new SimSid.Testing.TempDirectory();
        var database = StateDatabase.Open(temp.Combine("state.db"));
        new StudyStore(database).RecordInstance(TestInstances.Record("1.2.6", "1.2.6.1", "1.2.6.1.1", "/d/1"), new DateTimeOffset(2026, 1, 1, 7, 0, 0, TimeSpan.Zero));

        await using var restarted = await GatewayHarness.StartAsync(temp: temp);
        Assert.Equal(1, await restarted.Get<StudySettler>().SettleDueAsync(CancellationToken.None));
        Assert.Equal("1.2.6", Assert.Single(restarted.Bus.Published.Select<StudyReady>()).Context.Message.StudyInstanceUid);
    }
}
