using System.Net;
using SimSid.Dicom.Network.Pdu;

namespace SimSid.Dicom.Network.Scp;

/// <summary>Decides an A-ASSOCIATE-RQ: reject (with the PS3.8 §9.3.4 reason) or accept with per-context results.</summary>
internal static class AssociationNegotiator
{
    public static AssociateRejectPdu? CheckAcceptable(AssociateRequestPdu rq, DicomScpOptions options, IPAddress? remoteAddress)
    {
        if ((rq.ProtocolVersion & 1) == 0)
        {
            return new AssociateRejectPdu(RejectResult.Permanent, RejectSource.ServiceProviderAcse, RejectReasons.ProtocolVersionNotSupported);
        }

        if (!string.Equals(rq.ApplicationContext, DicomNetworkUids.ApplicationContext, StringComparison.Ordinal))
        {
            return new AssociateRejectPdu(RejectResult.Permanent, RejectSource.ServiceUser, RejectReasons.ApplicationContextNameNotSupported);
        }

        if (options.CheckCalledAe && !string.Equals(rq.CalledAe.Trim(), options.AeTitle.Trim(), StringComparison.Ordinal))
        {
            return new AssociateRejectPdu(RejectResult.Permanent, RejectSource.ServiceUser, RejectReasons.CalledAeTitleNotRecognized);
        }

        if (options.AllowedCallingAes.Count > 0 && !IsCallingAeAllowed(rq.CallingAe.Trim(), remoteAddress, options.AllowedCallingAes))
        {
            return new AssociateRejectPdu(RejectResult.Permanent, RejectSource.ServiceUser, RejectReasons.CallingAeTitleNotRecognized);
        }

        return null;
    }

    public static AssociateAcceptPdu Accept(AssociateRequestPdu rq, DicomScpOptions options, IDictionary<byte, PresentationContextResult> accepted)
    {
        var sopClasses = options.EffectiveSopClasses;
        var preference = options.EffectiveTransferSyntaxes;
        var ac = new AssociateAcceptPdu
        {
            CalledAe = rq.CalledAe,
            CallingAe = rq.CallingAe,
            UserInformation = new UserInformation
            {
                MaxPduLength = options.MaxPduLength,
                ImplementationClassUid = DicomNetworkUids.ImplementationClassUid,
                ImplementationVersionName = DicomNetworkUids.ImplementationVersionName,
                AsyncOperationsWindow = rq.UserInformation.AsyncOperationsWindow is null ? null : ((ushort)1, (ushort)1),
            },
        };

        var seen = new HashSet<byte>();
        foreach (var pc in rq.PresentationContexts)
        {
            if (!seen.Add(pc.Id))
            {
                continue; // A duplicate id is answered once.
            }

            PresentationContextResult result;
            if (pc.Id % 2 == 0 || pc.AbstractSyntax.Length == 0 || pc.TransferSyntaxes.Count == 0)
            {
                result = new PresentationContextResult(pc.Id, PresentationContextResultReason.NoReason, DicomNetworkUids.ImplicitVRLittleEndian);
            }
            else if (!sopClasses.Contains(pc.AbstractSyntax, StringComparer.Ordinal))
            {
                result = new PresentationContextResult(pc.Id, PresentationContextResultReason.AbstractSyntaxNotSupported, pc.TransferSyntaxes[0]);
            }
            else if (preference.FirstOrDefault(ts => pc.TransferSyntaxes.Contains(ts, StringComparer.Ordinal)) is { } chosen)
            {
                result = new PresentationContextResult(pc.Id, PresentationContextResultReason.Acceptance, chosen);
                accepted[pc.Id] = result;
            }
            else
            {
                result = new PresentationContextResult(pc.Id, PresentationContextResultReason.TransferSyntaxesNotSupported, pc.TransferSyntaxes[0]);
            }

            ac.PresentationContexts.Add(result);
        }

        // Role selection: the requestor may be SCU of the classes we accept; we never take the SCU role ourselves.
        foreach (var role in rq.UserInformation.RoleSelections)
        {
            if (sopClasses.Contains(role.SopClassUid, StringComparer.Ordinal))
            {
                ac.UserInformation.RoleSelections.Add(new RoleSelection(role.SopClassUid, role.ScuRole, ScpRole: false));
            }
        }

        // Extended negotiation sub-items are not answered: the requestor then assumes no extended behaviour (PS3.7 D.3.3.5).
        return ac;
    }

    private static bool IsCallingAeAllowed(string callingAe, IPAddress? remoteAddress, IEnumerable<string> allowList)
    {
        foreach (var entry in allowList)
        {
            var at = entry.IndexOf('@', StringComparison.Ordinal);
            var ae = at < 0 ? entry.Trim() : entry[..at].Trim();
            if (!string.Equals(ae, callingAe, StringComparison.Ordinal))
            {
                continue;
            }

            if (at < 0)
            {
                return true;
            }

            var host = entry[(at + 1)..].Trim();
            if (remoteAddress is not null && HostMatches(host, remoteAddress))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HostMatches(string host, IPAddress remote)
    {
        var normalized = remote.IsIPv4MappedToIPv6 ? remote.MapToIPv4() : remote;
        if (IPAddress.TryParse(host, out var address))
        {
            return address.Equals(normalized);
        }

        try
        {
            return Dns.GetHostAddresses(host).Any(a => (a.IsIPv4MappedToIPv6 ? a.MapToIPv4() : a).Equals(normalized));
        }
        catch (System.Net.Sockets.SocketException)
        {
            return false;
        }
    }
}
