using System.Net;
using SimSid.Dicom.Network.Pdu;
using SimSid.Dicom.Network.Scp;

namespace SimSid.Dicom.Network.Tests.Scp;

public sealed class AssociationNegotiatorTests
{
    private static readonly DicomScpOptions Options = new() { AeTitle = "SCP" };

    private static AssociateRequestPdu Request()
    {
        var rq = new AssociateRequestPdu { CalledAe = "SCP", CallingAe = "SCU" };
        rq.PresentationContexts.Add(new PresentationContext(1, "1.2.840.10008.5.1.4.1.1.1", ["1.2.840.10008.1.2", "1.2.840.10008.1.2.1"]));
        rq.PresentationContexts.Add(new PresentationContext(3, "1.2.840.10008.5.1.4.1.1.1", ["1.2.840.10008.1.2.4.100"]));
        rq.PresentationContexts.Add(new PresentationContext(5, "1.2.840.10008.5.1.4.1.1.4", ["1.2.840.10008.1.2"]));
        rq.UserInformation.AsyncOperationsWindow = (5, 5);
        rq.UserInformation.RoleSelections.Add(new RoleSelection("1.2.840.10008.5.1.4.1.1.1", true, true));
        rq.UserInformation.RoleSelections.Add(new RoleSelection("1.2.840.10008.5.1.4.1.1.4", true, false));
        rq.UserInformation.ExtendedNegotiations.Add(new ExtendedNegotiation("1.2.840.10008.5.1.4.1.1.1", new byte[] { 1 }));
        return rq;
    }

    [Fact]
    public void Accept_MixedProposals_PreferenceOrderAndReasonsPerContext()
    {
        var accepted = new Dictionary<byte, PresentationContextResult>();

        var ac = AssociationNegotiator.Accept(Request(), Options, accepted);

        Assert.Equal(PresentationContextResultReason.Acceptance, ac.PresentationContexts[0].Result);
        Assert.Equal("1.2.840.10008.1.2.1", ac.PresentationContexts[0].TransferSyntax); // Our preference, not the proposal's order.
        Assert.Equal(PresentationContextResultReason.TransferSyntaxesNotSupported, ac.PresentationContexts[1].Result);
        Assert.Equal(PresentationContextResultReason.AbstractSyntaxNotSupported, ac.PresentationContexts[2].Result);
        Assert.Equal([(byte)1], accepted.Keys);
    }

    [Fact]
    public void Accept_UserInformation_AnsweredSafely()
    {
        var ac = AssociationNegotiator.Accept(Request(), Options, new Dictionary<byte, PresentationContextResult>());

        Assert.Equal(((ushort)1, (ushort)1), ac.UserInformation.AsyncOperationsWindow);
        Assert.Equal(new RoleSelection("1.2.840.10008.5.1.4.1.1.1", true, false), Assert.Single(ac.UserInformation.RoleSelections));
        Assert.Empty(ac.UserInformation.ExtendedNegotiations);
        Assert.Equal(Options.MaxPduLength, ac.UserInformation.MaxPduLength);
        Assert.Equal(DicomNetworkUids.ImplementationClassUid, ac.UserInformation.ImplementationClassUid);
    }

    [Fact]
    public void CheckAcceptable_WrongApplicationContext_RejectedWithItsReason()
    {
        var rq = Request();
        rq.ApplicationContext = "1.2.3";

        var rj = AssociationNegotiator.CheckAcceptable(rq, Options, IPAddress.Loopback);

        Assert.NotNull(rj);
        Assert.Equal(RejectReasons.ApplicationContextNameNotSupported, rj.Reason);
    }

    [Fact]
    public void CheckAcceptable_UnsupportedProtocolVersion_RejectedByAcse()
    {
        var rq = Request();
        rq.ProtocolVersion = 2;

        var rj = AssociationNegotiator.CheckAcceptable(rq, Options, IPAddress.Loopback);

        Assert.NotNull(rj);
        Assert.Equal(RejectSource.ServiceProviderAcse, rj.Source);
        Assert.Equal(RejectReasons.ProtocolVersionNotSupported, rj.Reason);
    }
}
