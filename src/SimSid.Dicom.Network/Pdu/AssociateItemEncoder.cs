namespace SimSid.Dicom.Network.Pdu;

/// <summary>Writes the fixed fields and variable items of A-ASSOCIATE-RQ/AC (PS3.8 §9.3.2–9.3.3, PS3.7 Annex D.3.3).</summary>
internal static class AssociateItemEncoder
{
    public static void WriteRequest(BigEndianBuffer buffer, AssociateRequestPdu rq)
    {
        WriteFixedFields(buffer, rq.ProtocolVersion, rq.CalledAe, rq.CallingAe, rq.ApplicationContext);
        foreach (var pc in rq.PresentationContexts)
        {
            buffer.WriteByte(ItemType.PresentationContextRequest);
            buffer.WriteByte(0);
            var start = buffer.BeginLength16();
            buffer.WriteByte(pc.Id);
            buffer.WriteZeros(3);
            WriteUidItem(buffer, ItemType.AbstractSyntax, pc.AbstractSyntax);
            foreach (var ts in pc.TransferSyntaxes)
            {
                WriteUidItem(buffer, ItemType.TransferSyntax, ts);
            }

            buffer.EndLength16(start);
        }

        WriteUserInformation(buffer, rq.UserInformation);
    }

    public static void WriteAccept(BigEndianBuffer buffer, AssociateAcceptPdu ac)
    {
        WriteFixedFields(buffer, ac.ProtocolVersion, ac.CalledAe, ac.CallingAe, ac.ApplicationContext);
        foreach (var pc in ac.PresentationContexts)
        {
            buffer.WriteByte(ItemType.PresentationContextAccept);
            buffer.WriteByte(0);
            var start = buffer.BeginLength16();
            buffer.WriteByte(pc.Id);
            buffer.WriteByte(0);
            buffer.WriteByte((byte)pc.Result);
            buffer.WriteByte(0);
            WriteUidItem(buffer, ItemType.TransferSyntax, pc.TransferSyntax);
            buffer.EndLength16(start);
        }

        WriteUserInformation(buffer, ac.UserInformation);
    }

    private static void WriteFixedFields(BigEndianBuffer buffer, ushort version, string calledAe, string callingAe, string applicationContext)
    {
        buffer.WriteUInt16(version);
        buffer.WriteZeros(2);
        buffer.WriteAeTitle(calledAe);
        buffer.WriteAeTitle(callingAe);
        buffer.WriteZeros(32);
        WriteUidItem(buffer, ItemType.ApplicationContext, applicationContext);
    }

    private static void WriteUserInformation(BigEndianBuffer buffer, UserInformation info)
    {
        buffer.WriteByte(ItemType.UserInformation);
        buffer.WriteByte(0);
        var start = buffer.BeginLength16();

        buffer.WriteByte(ItemType.MaximumLength);
        buffer.WriteByte(0);
        buffer.WriteUInt16(4);
        buffer.WriteUInt32(info.MaxPduLength);

        if (info.ImplementationClassUid is { } classUid)
        {
            WriteUidItem(buffer, ItemType.ImplementationClassUid, classUid);
        }

        if (info.AsyncOperationsWindow is { } window)
        {
            buffer.WriteByte(ItemType.AsyncOperationsWindow);
            buffer.WriteByte(0);
            buffer.WriteUInt16(4);
            buffer.WriteUInt16(window.Invoked);
            buffer.WriteUInt16(window.Performed);
        }

        foreach (var role in info.RoleSelections)
        {
            buffer.WriteByte(ItemType.RoleSelection);
            buffer.WriteByte(0);
            var roleStart = buffer.BeginLength16();
            buffer.WriteUInt16((ushort)role.SopClassUid.Length);
            buffer.WriteAscii(role.SopClassUid);
            buffer.WriteByte(role.ScuRole ? (byte)1 : (byte)0);
            buffer.WriteByte(role.ScpRole ? (byte)1 : (byte)0);
            buffer.EndLength16(roleStart);
        }

        if (info.ImplementationVersionName is { } versionName)
        {
            WriteUidItem(buffer, ItemType.ImplementationVersionName, versionName);
        }

        foreach (var extended in info.ExtendedNegotiations)
        {
            buffer.WriteByte(ItemType.ExtendedNegotiation);
            buffer.WriteByte(0);
            var extStart = buffer.BeginLength16();
            buffer.WriteUInt16((ushort)extended.SopClassUid.Length);
            buffer.WriteAscii(extended.SopClassUid);
            buffer.WriteBytes(extended.ApplicationInformation.Span);
            buffer.EndLength16(extStart);
        }

        buffer.EndLength16(start);
    }

    private static void WriteUidItem(BigEndianBuffer buffer, byte type, string value)
    {
        buffer.WriteByte(type);
        buffer.WriteByte(0);
        buffer.WriteUInt16((ushort)value.Length);
        buffer.WriteAscii(value);
    }
}
