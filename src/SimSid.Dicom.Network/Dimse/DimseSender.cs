using System.Buffers.Binary;

namespace SimSid.Dicom.Network.Dimse;

/// <summary>
/// Sends DIMSE messages as P-DATA-TF PDUs, one PDV per PDU, fragmented to the peer's maximum PDU length
/// (PS3.8 §9.3.5, Annex D.1). Data sets are streamed: at most two fragments are held in memory.
/// </summary>
public sealed class DimseSender
{
    /// <summary>Fragment size used when the peer advertises no limit.</summary>
    public const int DefaultFragmentLength = 256 * 1024;

    private const int HeaderLength = 12;
    private readonly Stream _stream;
    private readonly int _fragmentLength;
    private byte[] _current;
    private byte[] _next;

    /// <param name="stream">The association's transport stream.</param>
    /// <param name="peerMaxPduLength">The peer's advertised maximum length of a P-DATA-TF variable field; 0 = unlimited.</param>
    public DimseSender(Stream stream, uint peerMaxPduLength)
    {
        ArgumentNullException.ThrowIfNull(stream);
        _stream = stream;
        var limit = peerMaxPduLength == 0 ? DefaultFragmentLength + 6 : (int)Math.Min(peerMaxPduLength, DefaultFragmentLength * 4L);
        _fragmentLength = Math.Max(limit - 6, 2) & ~1;
        _current = new byte[HeaderLength + _fragmentLength];
        _next = new byte[HeaderLength + _fragmentLength];
    }

    public async ValueTask SendCommandAsync(byte presentationContextId, DimseCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        await SendBytesAsync(presentationContextId, isCommand: true, command.Encode(), cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask SendDataSetAsync(byte presentationContextId, ReadOnlyMemory<byte> dataSet, CancellationToken cancellationToken) =>
        await SendBytesAsync(presentationContextId, isCommand: false, dataSet, cancellationToken).ConfigureAwait(false);

    /// <summary>Streams a data set from <paramref name="source"/> to its end.</summary>
    public async ValueTask SendDataSetAsync(byte presentationContextId, Stream source, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        var currentLength = await FillAsync(source, _current, cancellationToken).ConfigureAwait(false);
        while (true)
        {
            var nextLength = currentLength == _fragmentLength ? await FillAsync(source, _next, cancellationToken).ConfigureAwait(false) : 0;
            var isLast = nextLength == 0;
            await WriteFrameAsync(_current, presentationContextId, isCommand: false, isLast, currentLength, cancellationToken).ConfigureAwait(false);
            if (isLast)
            {
                break;
            }

            (_current, _next) = (_next, _current);
            currentLength = nextLength;
        }

        await _stream.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask SendBytesAsync(byte presentationContextId, bool isCommand, ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken)
    {
        var offset = 0;
        do
        {
            var length = Math.Min(_fragmentLength, bytes.Length - offset);
            bytes.Slice(offset, length).CopyTo(_current.AsMemory(HeaderLength));
            offset += length;
            await WriteFrameAsync(_current, presentationContextId, isCommand, offset == bytes.Length, length, cancellationToken).ConfigureAwait(false);
        }
        while (offset < bytes.Length);

        await _stream.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask WriteFrameAsync(byte[] frame, byte presentationContextId, bool isCommand, bool isLast, int length, CancellationToken cancellationToken)
    {
        frame[0] = (byte)Pdu.PduType.PDataTransfer;
        frame[1] = 0;
        BinaryPrimitives.WriteUInt32BigEndian(frame.AsSpan(2), (uint)(length + 6));
        BinaryPrimitives.WriteUInt32BigEndian(frame.AsSpan(6), (uint)(length + 2));
        frame[10] = presentationContextId;
        frame[11] = (byte)((isCommand ? 1 : 0) | (isLast ? 2 : 0));
        await _stream.WriteAsync(frame.AsMemory(0, HeaderLength + length), cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask<int> FillAsync(Stream source, byte[] frame, CancellationToken cancellationToken) =>
        await source.ReadAtLeastAsync(frame.AsMemory(HeaderLength, _fragmentLength), _fragmentLength, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);
}
