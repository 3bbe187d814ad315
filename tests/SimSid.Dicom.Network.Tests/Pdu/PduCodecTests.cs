using SimSid.Dicom.Network.Pdu;

namespace SimSid.Dicom.Network.Tests.Pdu;

public sealed class PduCodecTests
{
    private static async Task<ProtocolDataUnit?> RoundTripAsync(ProtocolDataUnit pdu, uint maxPData = 0)
    {
        var stream = new MemoryStream();
        await PduWriter.WriteAsync(stream, pdu);
        stream.Position = 0;
        return await new PduReader(stream, maxPData).ReadAsync();
    }

    [Fact]
    public async Task AssociateRequest_AllItems_RoundTrip()
    {
        var rq = new AssociateRequestPdu { CalledAe = "CALLED", CallingAe = "CALLING" };
        rq.PresentationContexts.Add(new PresentationContext(1, "1.2.840.10008.5.1.4.1.1.1", ["1.2.840.10008.1.2.1", "1.2.840.10008.1.2"]));
        rq.PresentationContexts.Add(new PresentationContext(3, "1.2.840.10008.1.1", ["1.2.840.10008.1.2"]));
        rq.UserInformation.MaxPduLength = 32768;
        rq.UserInformation.ImplementationClassUid = "1.2.3.4.5";
        rq.UserInformation.ImplementationVersionName = "TEST_1";
        rq.UserInformation.AsyncOperationsWindow = (2, 3);
        rq.UserInformation.RoleSelections.Add(new RoleSelection("1.2.840.10008.5.1.4.1.1.1", true, true));
        rq.UserInformation.ExtendedNegotiations.Add(new ExtendedNegotiation("1.2.840.10008.5.1.4.1.1.1", new byte[] { 1, 0 }));

        var read = Assert.IsType<AssociateRequestPdu>(await RoundTripAsync(rq));

        Assert.Equal("CALLED", read.CalledAe);
        Assert.Equal("CALLING", read.CallingAe);
        Assert.Equal(DicomNetworkUids.ApplicationContext, read.ApplicationContext);
        Assert.Equal(2, read.PresentationContexts.Count);
        Assert.Equal(rq.PresentationContexts[0].TransferSyntaxes, read.PresentationContexts[0].TransferSyntaxes);
        Assert.Equal("1.2.840.10008.1.1", read.PresentationContexts[1].AbstractSyntax);
        Assert.Equal(32768u, read.UserInformation.MaxPduLength);
        Assert.Equal("1.2.3.4.5", read.UserInformation.ImplementationClassUid);
        Assert.Equal("TEST_1", read.UserInformation.ImplementationVersionName);
        Assert.Equal(((ushort)2, (ushort)3), read.UserInformation.AsyncOperationsWindow);
        Assert.Equal(rq.UserInformation.RoleSelections[0], read.UserInformation.RoleSelections.Single());
        Assert.Equal(new byte[] { 1, 0 }, read.UserInformation.ExtendedNegotiations.Single().ApplicationInformation.ToArray());
    }

    [Fact]
    public async Task AssociateAccept_RoundTrip()
    {
        var ac = new AssociateAcceptPdu { CalledAe = "A", CallingAe = "B" };
        ac.PresentationContexts.Add(new PresentationContextResult(1, PresentationContextResultReason.Acceptance, "1.2.840.10008.1.2.1"));
        ac.PresentationContexts.Add(new PresentationContextResult(3, PresentationContextResultReason.AbstractSyntaxNotSupported, "1.2.840.10008.1.2"));
        ac.UserInformation.MaxPduLength = 4096;

        var read = Assert.IsType<AssociateAcceptPdu>(await RoundTripAsync(ac));

        Assert.Equal(ac.PresentationContexts, read.PresentationContexts);
        Assert.Equal(4096u, read.UserInformation.MaxPduLength);
    }

    [Fact]
    public async Task FixedPdus_RoundTrip()
    {
        var rj = Assert.IsType<AssociateRejectPdu>(await RoundTripAsync(new AssociateRejectPdu(RejectResult.Transient, RejectSource.ServiceProviderPresentation, 2)));
        var abort = Assert.IsType<AbortPdu>(await RoundTripAsync(new AbortPdu(AbortSource.ServiceProvider, AbortReason.UnexpectedPdu)));

        Assert.Equal((RejectResult.Transient, RejectSource.ServiceProviderPresentation, (byte)2), (rj.Result, rj.Source, rj.Reason));
        Assert.Equal((AbortSource.ServiceProvider, AbortReason.UnexpectedPdu), (abort.Source, abort.Reason));
        Assert.IsType<ReleaseRequestPdu>(await RoundTripAsync(ReleaseRequestPdu.Instance));
        Assert.IsType<ReleaseResponsePdu>(await RoundTripAsync(ReleaseResponsePdu.Instance));
    }

    [Fact]
    public async Task PDataTransfer_TwoValues_RoundTripWithControlHeaders()
    {
        var pdu = new PDataTransferPdu([new PresentationDataValue(1, true, true, new byte[] { 1, 2, 3 }), new PresentationDataValue(3, false, false, new byte[] { 9 })]);

        var read = Assert.IsType<PDataTransferPdu>(await RoundTripAsync(pdu));

        Assert.Equal(2, read.Values.Count);
        Assert.True(read.Values[0].IsCommand && read.Values[0].IsLastFragment);
        Assert.False(read.Values[1].IsCommand || read.Values[1].IsLastFragment);
        Assert.Equal(new byte[] { 1, 2, 3 }, read.Values[0].Data.ToArray());
        Assert.Equal((byte)3, read.Values[1].PresentationContextId);
    }

    [Fact]
    public async Task Read_EmptyStream_ReturnsNull()
    {
        Assert.Null(await new PduReader(new MemoryStream(), 0).ReadAsync());
    }

    [Fact]
    public async Task Read_UnknownType_ThrowsUnrecognizedPdu()
    {
        var ex = await Assert.ThrowsAsync<DicomPduException>(async () => await new PduReader(new MemoryStream([0x09, 0, 0, 0, 0, 4, 0, 0, 0, 0]), 0).ReadAsync());

        Assert.Equal(AbortReason.UnrecognizedPdu, ex.Reason);
    }

    [Fact]
    public async Task Read_PDataLongerThanMaximum_ThrowsBeforeReadingBody()
    {
        var ex = await Assert.ThrowsAsync<DicomPduException>(async () => await new PduReader(new MemoryStream([0x04, 0, 0, 0, 0x10, 0x01]), 4096).ReadAsync());

        Assert.Contains("4097", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_PdvLengthBeyondPdu_ThrowsInvalidParameter()
    {
        byte[] bytes = [0x04, 0, 0, 0, 0, 8, 0, 0, 0, 0x20, 1, 3, 0, 0];

        var ex = await Assert.ThrowsAsync<DicomPduException>(async () => await new PduReader(new MemoryStream(bytes), 0).ReadAsync());

        Assert.Equal(AbortReason.InvalidPduParameterValue, ex.Reason);
    }

    [Fact]
    public async Task Read_ItemLengthBeyondPdu_ThrowsWithOffset()
    {
        var bytes = PduWriter.Encode(RawPdu()).ToArray();
        bytes[6 + 68 + 3] = 0xFF; // Application context item length.

        var ex = await Assert.ThrowsAsync<DicomPduException>(async () => await new PduReader(new MemoryStream(bytes), 0).ReadAsync());

        Assert.Contains("offset 68", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_TruncatedBody_ThrowsNetworkException()
    {
        var bytes = PduWriter.Encode(RawPdu()).ToArray()[..40];

        await Assert.ThrowsAsync<DicomNetworkException>(async () => await new PduReader(new MemoryStream(bytes), 0).ReadAsync());
    }

    private static AssociateRequestPdu RawPdu()
    {
        var rq = new AssociateRequestPdu();
        rq.PresentationContexts.Add(new PresentationContext(1, "1.2.840.10008.1.1", ["1.2.840.10008.1.2"]));
        return rq;
    }
}
