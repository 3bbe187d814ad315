using SimSid.Dicom.Network.Dimse;
using SimSid.Dicom.Network.Scu;
using SimSid.Dicom.Network.Tests.Support;

namespace SimSid.Dicom.Network.Tests.Scp;

public sealed class ListenerLifecycleTests
{
    [Fact]
    public async Task StopAsync_InFlightAssociation_FinishesItThenRefusesNewConnections()
    {
        await using var scp = await TestScp.StartAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var source = TestInstances.Create(scp.ScratchDirectory, 1);
        var options = new DicomScuOptions { CallingAe = "SCU", CalledAe = TestScp.AeTitle };
        var association = await DicomScuClient.ConnectAsync("127.0.0.1", scp.Port, options, ScuProposal.ForFiles([source]), cancellationToken: timeout.Token);
        var port = scp.Port;

        var stopping = scp.Listener.StopAsync(timeout.Token);
        var result = await association.SendCStoreAsync(source, timeout.Token);
        Assert.False(stopping.IsCompleted);
        await association.ReleaseAsync(timeout.Token);
        await stopping;

        Assert.Equal(DicomStatus.Success, result.Status);
        Assert.Single(scp.StoredFiles());
        Assert.Equal(0, scp.Listener.ActiveAssociations);
        await Assert.ThrowsAnyAsync<Exception>(() => DicomScuClient.ConnectAsync("127.0.0.1", port, options, ScuProposal.Verification(), cancellationToken: timeout.Token));
    }
}
