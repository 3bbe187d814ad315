using System.Buffers.Binary;
using System.Globalization;
using System.Text;

namespace SimSid.Dicom.Network.Dimse;

/// <summary>
/// A DIMSE command set (group 0000), always Implicit VR Little Endian on the wire, with (0000,0000)
/// CommandGroupLength computed on encoding (PS3.7 §6.3.1, §E.1).
/// </summary>
public sealed class DimseCommand
{
    /// <summary>Largest command set accepted from a peer.</summary>
    public const int MaxEncodedLength = 64 * 1024;

    private readonly SortedDictionary<uint, byte[]> _elements = [];

    public DimseCommandField CommandField
    {
        get => (DimseCommandField)GetUInt16(CommandTags.CommandField);
        set => SetUInt16(CommandTags.CommandField, (ushort)value);
    }

    public ushort MessageId
    {
        get => GetUInt16(CommandTags.MessageId);
        set => SetUInt16(CommandTags.MessageId, value);
    }

    public ushort MessageIdBeingRespondedTo
    {
        get => GetUInt16(CommandTags.MessageIdBeingRespondedTo);
        set => SetUInt16(CommandTags.MessageIdBeingRespondedTo, value);
    }

    public string? AffectedSopClassUid
    {
        get => GetString(CommandTags.AffectedSopClassUid);
        set => SetString(CommandTags.AffectedSopClassUid, value, padding: 0);
    }

    public string? AffectedSopInstanceUid
    {
        get => GetString(CommandTags.AffectedSopInstanceUid);
        set => SetString(CommandTags.AffectedSopInstanceUid, value, padding: 0);
    }

    public ushort Priority
    {
        get => GetUInt16(CommandTags.Priority);
        set => SetUInt16(CommandTags.Priority, value);
    }

    public bool HasDataSet
    {
        get => GetUInt16(CommandTags.CommandDataSetType, CommandTags.NoDataSet) != CommandTags.NoDataSet;
        set => SetUInt16(CommandTags.CommandDataSetType, value ? (ushort)0x0000 : CommandTags.NoDataSet);
    }

    public DicomStatus Status
    {
        get => new(GetUInt16(CommandTags.Status));
        set => SetUInt16(CommandTags.Status, value.Code);
    }

    public string? ErrorComment
    {
        get => GetString(CommandTags.ErrorComment);
        set => SetString(CommandTags.ErrorComment, value is { Length: > 64 } ? value[..64] : value, padding: (byte)' ');
    }

    public string? MoveOriginatorAeTitle
    {
        get => GetString(CommandTags.MoveOriginatorAeTitle);
        set => SetString(CommandTags.MoveOriginatorAeTitle, value, padding: (byte)' ');
    }

    public bool Contains(uint tag) => _elements.ContainsKey(tag);

    public byte[] Encode()
    {
        var length = 0;
        foreach (var (tag, value) in _elements)
        {
            if (tag != CommandTags.CommandGroupLength)
            {
                length += 8 + value.Length;
            }
        }

        var bytes = new byte[12 + length];
        var span = bytes.AsSpan();
        WriteHeader(span, CommandTags.CommandGroupLength, 4);
        BinaryPrimitives.WriteUInt32LittleEndian(span[8..], (uint)length);
        var offset = 12;
        foreach (var (tag, value) in _elements)
        {
            if (tag == CommandTags.CommandGroupLength)
            {
                continue;
            }

            WriteHeader(span[offset..], tag, value.Length);
            value.CopyTo(span[(offset + 8)..]);
            offset += 8 + value.Length;
        }

        return bytes;
    }

    /// <summary>Decodes a command set; throws <see cref="DicomDimseException"/> naming the offset on malformed input.</summary>
    public static DimseCommand Decode(ReadOnlySpan<byte> bytes)
    {
        var command = new DimseCommand();
        var offset = 0;
        while (offset < bytes.Length)
        {
            if (bytes.Length - offset < 8)
            {
                throw new DicomDimseException($"Truncated command element header at offset {offset}.");
            }

            var group = BinaryPrimitives.ReadUInt16LittleEndian(bytes[offset..]);
            var element = BinaryPrimitives.ReadUInt16LittleEndian(bytes[(offset + 2)..]);
            var length = BinaryPrimitives.ReadUInt32LittleEndian(bytes[(offset + 4)..]);
            if (group != 0x0000)
            {
                throw new DicomDimseException($"Element ({group:X4},{element:X4}) at offset {offset} is not in the command group.");
            }

            if (length > bytes.Length - offset - 8)
            {
                throw new DicomDimseException($"Command element (0000,{element:X4}) at offset {offset} has length {length} beyond the command set.");
            }

            command._elements[element] = bytes.Slice(offset + 8, (int)length).ToArray();
            offset += 8 + (int)length;
        }

        if (!command.Contains(CommandTags.CommandField))
        {
            throw new DicomDimseException("Command set has no (0000,0100) CommandField.");
        }

        return command;
    }

    private static void WriteHeader(Span<byte> span, uint tag, int length)
    {
        BinaryPrimitives.WriteUInt16LittleEndian(span, (ushort)(tag >> 16));
        BinaryPrimitives.WriteUInt16LittleEndian(span[2..], (ushort)tag);
        BinaryPrimitives.WriteUInt32LittleEndian(span[4..], (uint)length);
    }

    private ushort GetUInt16(uint tag, ushort fallback = 0) =>
        _elements.TryGetValue(tag, out var value) && value.Length >= 2 ? BinaryPrimitives.ReadUInt16LittleEndian(value) : fallback;

    private void SetUInt16(uint tag, ushort value)
    {
        var bytes = new byte[2];
        BinaryPrimitives.WriteUInt16LittleEndian(bytes, value);
        _elements[tag] = bytes;
    }

    private string? GetString(uint tag) =>
        _elements.TryGetValue(tag, out var value) ? Encoding.ASCII.GetString(value).Trim(' ', '\0') : null;

    private void SetString(uint tag, string? value, byte padding)
    {
        if (value is null)
        {
            _elements.Remove(tag);
            return;
        }

        var bytes = new byte[value.Length + (value.Length % 2)];
        Encoding.ASCII.GetBytes(value, bytes);
        if (value.Length % 2 == 1)
        {
            bytes[^1] = padding;
        }

        _elements[tag] = bytes;
    }

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{CommandField} id={MessageId} status={Status}");
}
