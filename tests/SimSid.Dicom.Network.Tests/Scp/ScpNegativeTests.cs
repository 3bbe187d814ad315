using SimSid.Dicom.Network.Dimse;
using SimSid.Dicom.Network.Pdu;
using SimSid.Dicom.Network.Scu;
using SimSid.Dicom.Network.Tests.Support;

namespace SimSid.Dicom.Network.Tests.Scp;

/// <summary>The SCP's reactions to rejected, aborted, malformed and stalled peers.</summary>
public sealed class ScpNegativeTests
{
    private static DicomScuOptions Scu(string callingAe = "SCU", string calledAe = TestScp.AeTitle) => new() { CallingAe = callingAe, CalledAe = calledAe, DimseTimeout = TimeSpan.FromSeconds(20) };

    [Fact]
    public async Task Connect_UnknownCallingAe_RejectedPermanentCallingAeNotRecognized()
    {
        await using var scp = await TestScp.StartAsync(o => o.AllowedCallingAes.Add("FRIEND"));
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));

        var ex = await Assert.ThrowsAsync<DicomAssociationRejectedException>(() => DicomScuClient.ConnectAsync("127.0.0.1", scp.Port, Scu("STRANGER"), ScuProposal.Verification(), cancellationToken: timeout.Token));

        Assert.Equal(RejectResult.Permanent, ex.Result);
        Assert.Equal(RejectSource.ServiceUser, ex.RejectSource);
        Assert.Equal(RejectReasons.CallingAeTitleNotRecognized, ex.Reason);
    }

    [Fact]
    public async Task Connect_AllowedAeFromWrongHost_Rejected()
    {
        await using var scp = await TestScp.StartAsync(o => o.AllowedCallingAes.Add("FRIEND@10.1.2.3"));
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));

        var ex = await Assert.ThrowsAsync<DicomAssociationRejectedException>(() => DicomScuClient.ConnectAsync("127.0.0.1", scp.Port, Scu("FRIEND"), ScuProposal.Verification(), cancellationToken: timeout.Token));

        Assert.Equal(RejectReasons.CallingAeTitleNotRecognized, ex.Reason);
    }

    [Fact]
    public async Task Connect_WrongCalledAe_RejectedCalledAeNotRecognized()
    {
        await using var scp = await TestScp.StartAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));

        var ex = await Assert.ThrowsAsync<DicomAssociationRejectedException>(() => DicomScuClient.ConnectAsync("127.0.0.1", scp.Port, Scu(calledAe: "NOTME"), ScuProposal.Verification(), cancellationToken: timeout.Token));

        Assert.Equal(RejectSource.ServiceUser, ex.RejectSource);
        Assert.Equal(RejectReasons.CalledAeTitleNotRecognized, ex.Reason);
    }

    [Fact]
    public async Task Connect_BeyondMaxAssociations_RejectedTransientLocalLimit()
    {
        await using var scp = await TestScp.StartAsync(o => o.MaxAssociations = 1);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await using var first = await DicomScuClient.ConnectAsync("127.0.0.1", scp.Port, Scu(), ScuProposal.Verification(), cancellationToken: timeout.Token);

        var ex = await Assert.ThrowsAsync<DicomAssociationRejectedException>(() => DicomScuClient.ConnectAsync("127.0.0.1", scp.Port, Scu(), ScuProposal.Verification(), cancellationToken: timeout.Token));

        Assert.Equal(RejectResult.Transient, ex.Result);
        Assert.Equal(RejectSource.ServiceProviderPresentation, ex.RejectSource);
        Assert.Equal(RejectReasons.LocalLimitExceeded, ex.Reason);
        await first.ReleaseAsync(timeout.Token);
    }

    [Fact]
    public async Task Connect_UnsupportedSopClass_ContextRejectedOthersAccepted()
    {
        await using var scp = await TestScp.StartAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await using var peer = await RawPeer.ConnectAsync(scp.Port, timeout.Token);

        await peer.SendAsync(RawPeer.Request(TestScp.AeTitle, sopClass: TestInstances.MrSopClass), timeout.Token);
        var ac = Assert.IsType<AssociateAcceptPdu>(await peer.ReceiveAsync(timeout.Token));

        Assert.Equal(PresentationContextResultReason.AbstractSyntaxNotSupported, ac.PresentationContexts.Single(p => p.Id == 1).Result);
        Assert.Equal(PresentationContextResultReason.Acceptance, ac.PresentationContexts.Single(p => p.Id == 3).Result);
        await peer.SendAsync(ReleaseRequestPdu.Instance, timeout.Token);
        Assert.IsType<ReleaseResponsePdu>(await peer.ReceiveAsync(timeout.Token));
    }

    [Fact]
    public async Task Store_PeerAbortsMidTransfer_NoPartialFileAndListenerKeepsServing()
    {
        await using var scp = await TestScp.StartAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await using (var peer = await RawPeer.ConnectAsync(scp.Port, timeout.Token))
        {
            await peer.SendAsync(RawPeer.Request(TestScp.AeTitle), timeout.Token);
            Assert.IsType<AssociateAcceptPdu>(await peer.ReceiveAsync(timeout.Token));
            var command = new DimseCommand
            {
                CommandField = DimseCommandField.CStoreRequest,
                MessageId = 1,
                AffectedSopClassUid = TestInstances.CrSopClass,
                AffectedSopInstanceUid = TestInstances.Root + ".1.77",
                HasDataSet = true,
            };
            await peer.SendAsync(new PDataTransferPdu([new PresentationDataValue(1, true, true, command.Encode())]), timeout.Token);
            await peer.SendAsync(new PDataTransferPdu([new PresentationDataValue(1, false, false, new byte[4000])]), timeout.Token);
            await peer.SendAsync(new AbortPdu(AbortSource.ServiceUser, AbortReason.NotSpecified), timeout.Token);
            Assert.Empty(await peer.ReceiveUntilClosedAsync(timeout.Token));
        }

        // The next association proves the listener still serves, and that the aborted instance left nothing behind.
        await using var next = await DicomScuClient.ConnectAsync("127.0.0.1", scp.Port, Scu(), ScuProposal.Verification(), cancellationToken: timeout.Token);
        Assert.Equal(DicomStatus.Success, await next.EchoAsync(timeout.Token));
        await next.ReleaseAsync(timeout.Token);
        Assert.Empty(scp.StoredFiles());
        Assert.Empty(scp.StagingFiles());
    }

    [Fact]
    public async Task Garbage_UnknownPduType_AbortedUnrecognizedPdu()
    {
        await using var scp = await TestScp.StartAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await using var peer = await RawPeer.ConnectAsync(scp.Port, timeout.Token);

        await peer.SendRawAsync("GET / HTTP/1.1\r\nHost: x\r\n\r\n"u8.ToArray(), timeout.Token);
        var abort = Assert.IsType<AbortPdu>(await peer.ReceiveAsync(timeout.Token));

        Assert.Equal(AbortSource.ServiceProvider, abort.Source);
        Assert.Equal(AbortReason.UnrecognizedPdu, abort.Reason);
    }

    [Fact]
    public async Task Oversized_PDataBeyondMaxPdu_AbortedWithoutReadingBody()
    {
        await using var scp = await TestScp.StartAsync(o => o.MaxPduLength = 16384);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await using var peer = await RawPeer.ConnectAsync(scp.Port, timeout.Token);
        await peer.SendAsync(RawPeer.Request(TestScp.AeTitle), timeout.Token);
        Assert.IsType<AssociateAcceptPdu>(await peer.ReceiveAsync(timeout.Token));

        // Header announcing a 1 GiB P-DATA-TF; the body never comes.
        await peer.SendRawAsync(new byte[] { 0x04, 0x00, 0x40, 0x00, 0x00, 0x00 }, timeout.Token);
        var abort = Assert.IsType<AbortPdu>(await peer.ReceiveAsync(timeout.Token));

        Assert.Equal(AbortReason.InvalidPduParameterValue, abort.Reason);
    }

    [Fact]
    public async Task Stalled_NoAssociateRequest_ClosedWhenArtimExpires()
    {
        await using var scp = await TestScp.StartAsync(o => o.AssociationRequestTimeout = TimeSpan.FromMilliseconds(300));
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await using var peer = await RawPeer.ConnectAsync(scp.Port, timeout.Token);

        await peer.SendRawAsync(new byte[] { 0x01, 0x00 }, timeout.Token); // A header that never completes.

        Assert.Empty(await peer.ReceiveUntilClosedAsync(timeout.Token));
    }

    [Fact]
    public async Task Stalled_AssociatedPeerSilent_AbortedAfterIdleTimeout()
    {
        await using var scp = await TestScp.StartAsync(o => o.IdleTimeout = TimeSpan.FromMilliseconds(300));
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await using var peer = await RawPeer.ConnectAsync(scp.Port, timeout.Token);
        await peer.SendAsync(RawPeer.Request(TestScp.AeTitle), timeout.Token);
        Assert.IsType<AssociateAcceptPdu>(await peer.ReceiveAsync(timeout.Token));

        var after = await peer.ReceiveUntilClosedAsync(timeout.Token);

        var abort = Assert.IsType<AbortPdu>(Assert.Single(after));
        Assert.Equal(AbortSource.ServiceProvider, abort.Source);
    }

    [Fact]
    public async Task Store_HandlerThrows_AnswersCannotUnderstandAndAssociationContinues()
    {
        var factory = Network.Scp.DicomScpHandlerFactory.ForStore(new ThrowingStoreHandler());
        await using var scp = await TestScp.StartAsync(factory: factory);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var source = TestInstances.Create(scp.ScratchDirectory, 1);
        await using var association = await DicomScuClient.ConnectAsync("127.0.0.1", scp.Port, Scu(), ScuProposal.ForFiles([source]), cancellationToken: timeout.Token);

        var result = await association.SendCStoreAsync(source, timeout.Token);

        Assert.Equal(DicomStatus.CannotUnderstand, result.Status);
        Assert.Equal(DicomStatus.Success, await association.EchoAsync(timeout.Token));
        await association.ReleaseAsync(timeout.Token);
        Assert.Empty(scp.StagingFiles());
    }

    [Fact]
    public async Task Store_DataSetOfAnotherSopClass_AnswersA900AndStoresNothing()
    {
        await using var scp = await TestScp.StartAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var secondaryCapture = TestInstances.Create(scp.ScratchDirectory, 1, sopClass: TestInstances.ScSopClass);
        var header = Files.Part10Header.Read(secondaryCapture);
        var mislabelled = Path.Combine(scp.ScratchDirectory, "mislabelled.dcm");
        using (var file = File.Create(mislabelled))
        {
            Files.Part10Header.Write(file, TestInstances.CrSopClass, header.SopInstanceUid, header.TransferSyntaxUid, null);
            file.Write(File.ReadAllBytes(secondaryCapture).AsSpan((int)header.DataSetOffset));
        }

        await using var association = await DicomScuClient.ConnectAsync("127.0.0.1", scp.Port, Scu(), ScuProposal.ForFiles([mislabelled]), cancellationToken: timeout.Token);
        var result = await association.SendCStoreAsync(mislabelled, timeout.Token);
        await association.ReleaseAsync(timeout.Token);

        Assert.Equal(DicomStatus.DataSetDoesNotMatchSopClass, result.Status);
        Assert.Empty(scp.StoredFiles());
        Assert.Empty(scp.StagingFiles());
    }

    [Fact]
    public async Task Store_TraversalInstanceUid_RefusedWithoutTouchingTheDisk()
    {
        await using var scp = await TestScp.StartAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await using var peer = await RawPeer.ConnectAsync(scp.Port, timeout.Token);
        await peer.SendAsync(RawPeer.Request(TestScp.AeTitle), timeout.Token);
        Assert.IsType<AssociateAcceptPdu>(await peer.ReceiveAsync(timeout.Token));
        var command = new DimseCommand
        {
            CommandField = DimseCommandField.CStoreRequest,
            MessageId = 9,
            AffectedSopClassUid = TestInstances.CrSopClass,
            AffectedSopInstanceUid = "../../../../tmp/evil",
            HasDataSet = true,
        };

        await peer.SendAsync(new PDataTransferPdu([new PresentationDataValue(1, true, true, command.Encode())]), timeout.Token);
        await peer.SendAsync(new PDataTransferPdu([new PresentationDataValue(1, false, true, new byte[64])]), timeout.Token);
        var response = Assert.IsType<PDataTransferPdu>(await peer.ReceiveAsync(timeout.Token));
        var decoded = DimseCommand.Decode(response.Values.Single().Data.Span);

        Assert.Equal(DimseCommandField.CStoreResponse, decoded.CommandField);
        Assert.Equal((ushort)9, decoded.MessageIdBeingRespondedTo);
        Assert.Equal(DicomStatus.CannotUnderstand, decoded.Status);
        Assert.Empty(scp.StoredFiles());
        Assert.Empty(scp.StagingFiles());
        Assert.False(File.Exists("/tmp/evil.dcm"));
    }

    private sealed class ThrowingStoreHandler : Network.Scp.ICStoreHandler
    {
        public ValueTask<DicomStatus> OnCStoreAsync(Network.Scp.CStoreRequestContext request, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("handler bug");
    }
}
