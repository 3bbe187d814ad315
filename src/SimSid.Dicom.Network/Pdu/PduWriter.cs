namespace SimSid.Dicom.Network.Pdu;

/// <summary>Encodes PDUs (PS3.8 §9.3) onto a stream.</summary>
public static class PduWriter
{
    /// <summary>Encodes a whole PDU, header included.</summary>
    public static ReadOnlyMemory<byte> Encode(ProtocolDataUnit pdu)
    {
        ArgumentNullException.ThrowIfNull(pdu);
        var buffer = new BigEndianBuffer();
        buffer.WriteByte((byte)pdu.Type);
        buffer.WriteByte(0);
        var start = buffer.BeginLength32();
        switch (pdu)
        {
            case AssociateRequestPdu rq:
                AssociateItemEncoder.WriteRequest(buffer, rq);
                break;
            case AssociateAcceptPdu ac:
                AssociateItemEncoder.WriteAccept(buffer, ac);
                break;
            case AssociateRejectPdu rj:
                buffer.WriteByte(0);
                buffer.WriteByte((byte)rj.Result);
                buffer.WriteByte((byte)rj.Source);
                buffer.WriteByte(rj.Reason);
                break;
            case PDataTransferPdu data:
                foreach (var pdv in data.Values)
                {
                    buffer.WriteUInt32((uint)(pdv.Data.Length + 2));
                    buffer.WriteByte(pdv.PresentationContextId);
                    buffer.WriteByte(pdv.MessageControlHeader);
                    buffer.WriteBytes(pdv.Data.Span);
                }

                break;
            case ReleaseRequestPdu or ReleaseResponsePdu:
                buffer.WriteZeros(4);
                break;
            case AbortPdu abort:
                buffer.WriteZeros(2);
                buffer.WriteByte((byte)abort.Source);
                buffer.WriteByte((byte)abort.Reason);
                break;
            default:
                throw new ArgumentException($"Unknown PDU type {pdu.GetType().Name}.", nameof(pdu));
        }

        buffer.EndLength32(start);
        return buffer.Written;
    }

    public static async ValueTask WriteAsync(Stream stream, ProtocolDataUnit pdu, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        await stream.WriteAsync(Encode(pdu), cancellationToken).ConfigureAwait(false);
        await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
    }
}
