using System.Buffers.Binary;

namespace SimSid.Dicom.Network.Pdu;

/// <summary>
/// Reads PDUs from a stream with length limits: a P-DATA-TF longer than the advertised maximum, or any other PDU
/// longer than <see cref="MaxAssociatePduLength"/>, is refused before its body is read (bounded memory).
/// The reader reuses one buffer: data of a returned <see cref="PDataTransferPdu"/> is valid until the next read.
/// </summary>
public sealed class PduReader
{
    /// <summary>Upper bound for a P-DATA-TF when the advertised maximum is 0 ("unlimited").</summary>
    public const uint UnlimitedPDataCap = 64 * 1024 * 1024;

    private readonly Stream _stream;
    private readonly byte[] _header = new byte[6];
    private byte[] _body = new byte[16 * 1024];

    public PduReader(Stream stream, uint maxPDataLength)
    {
        ArgumentNullException.ThrowIfNull(stream);
        _stream = stream;
        MaxPDataLength = maxPDataLength;
    }

    /// <summary>Maximum length of the variable field of a P-DATA-TF this side accepts; 0 = unlimited (capped).</summary>
    public uint MaxPDataLength { get; set; }

    /// <summary>Maximum length of any other PDU (association negotiation), default 1 MiB.</summary>
    public int MaxAssociatePduLength { get; set; } = 1024 * 1024;

    /// <summary>Reads the next PDU, or null when the stream ended cleanly before a PDU started.</summary>
    public async ValueTask<ProtocolDataUnit?> ReadAsync(CancellationToken cancellationToken = default)
    {
        var got = await ReadAtLeastOrEndAsync(_header, cancellationToken).ConfigureAwait(false);
        if (got == 0)
        {
            return null;
        }

        if (got < _header.Length)
        {
            throw new DicomNetworkException($"Connection closed inside a PDU header ({got} of 6 bytes).");
        }

        var typeByte = _header[0];
        if (typeByte is < 1 or > 7)
        {
            throw new DicomPduException(AbortReason.UnrecognizedPdu, $"Unrecognized PDU type 0x{typeByte:X2}.");
        }

        var type = (PduType)typeByte;
        var length = BinaryPrimitives.ReadUInt32BigEndian(_header.AsSpan(2));
        var limit = type == PduType.PDataTransfer
            ? (MaxPDataLength == 0 ? UnlimitedPDataCap : MaxPDataLength)
            : (uint)MaxAssociatePduLength;
        if (length > limit)
        {
            throw new DicomPduException(AbortReason.InvalidPduParameterValue, $"{type} PDU of {length} bytes exceeds the limit of {limit} bytes.");
        }

        if (_body.Length < length)
        {
            _body = new byte[Math.Max(length, (uint)_body.Length * 2)];
        }

        var body = _body.AsMemory(0, (int)length);
        if (await ReadAtLeastOrEndAsync(body, cancellationToken).ConfigureAwait(false) < length)
        {
            throw new DicomNetworkException($"Connection closed inside a {type} PDU of {length} bytes.");
        }

        return Decode(type, body);
    }

    /// <summary>Decodes a PDU body (the bytes after the 6-byte header).</summary>
    public static ProtocolDataUnit Decode(PduType type, ReadOnlyMemory<byte> body)
    {
        var span = body.Span;
        switch (type)
        {
            case PduType.AssociateRequest:
                return AssociateItemDecoder.ReadRequest(span);
            case PduType.AssociateAccept:
                return AssociateItemDecoder.ReadAccept(span);
            case PduType.AssociateReject:
                RequireLength(type, span, 4);
                return new AssociateRejectPdu((RejectResult)span[1], (RejectSource)span[2], span[3]);
            case PduType.PDataTransfer:
                return DecodePData(body);
            case PduType.ReleaseRequest:
                RequireLength(type, span, 4);
                return ReleaseRequestPdu.Instance;
            case PduType.ReleaseResponse:
                RequireLength(type, span, 4);
                return ReleaseResponsePdu.Instance;
            case PduType.Abort:
                RequireLength(type, span, 4);
                return new AbortPdu((AbortSource)span[2], (AbortReason)span[3]);
            default:
                throw new DicomPduException(AbortReason.UnrecognizedPdu, $"Unrecognized PDU type {type}.");
        }
    }

    private static PDataTransferPdu DecodePData(ReadOnlyMemory<byte> body)
    {
        var values = new List<PresentationDataValue>(1);
        var offset = 0;
        while (offset < body.Length)
        {
            if (body.Length - offset < 6)
            {
                throw new DicomPduException(AbortReason.InvalidPduParameterValue, $"Truncated PDV item at offset {offset} of a P-DATA-TF.");
            }

            var itemLength = BinaryPrimitives.ReadUInt32BigEndian(body.Span[offset..]);
            if (itemLength < 2 || itemLength > body.Length - offset - 4)
            {
                throw new DicomPduException(AbortReason.InvalidPduParameterValue, $"PDV item length {itemLength} at offset {offset} does not fit the P-DATA-TF.");
            }

            var id = body.Span[offset + 4];
            var header = body.Span[offset + 5];
            if ((header & 0xFC) != 0)
            {
                throw new DicomPduException(AbortReason.InvalidPduParameterValue, $"Invalid message control header 0x{header:X2} at offset {offset + 5}.");
            }

            values.Add(new PresentationDataValue(id, (header & 1) != 0, (header & 2) != 0, body.Slice(offset + 6, (int)itemLength - 2)));
            offset += 4 + (int)itemLength;
        }

        if (values.Count == 0)
        {
            throw new DicomPduException(AbortReason.InvalidPduParameterValue, "P-DATA-TF without any PDV item.");
        }

        return new PDataTransferPdu(values);
    }

    private static void RequireLength(PduType type, ReadOnlySpan<byte> span, int expected)
    {
        if (span.Length != expected)
        {
            throw new DicomPduException(AbortReason.InvalidPduParameterValue, $"{type} PDU has length {span.Length}, expected {expected}.");
        }
    }

    private async ValueTask<int> ReadAtLeastOrEndAsync(Memory<byte> buffer, CancellationToken cancellationToken) =>
        await _stream.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);
}
