using System.Buffers.Binary;
using System.Text;

namespace SimSid.Dicom.Network.Files;

/// <summary>
/// The file meta information of a DICOM Part 10 file (PS3.10 §7.1), read and written directly so that instances
/// can be streamed between disk and network without decoding their data set.
/// </summary>
public sealed record Part10Header(string SopClassUid, string SopInstanceUid, string TransferSyntaxUid, long DataSetOffset)
{
    private const int PreambleLength = 128;

    /// <summary>Writes preamble, "DICM" and group 0002 (Explicit VR Little Endian, with group length).</summary>
    public static void Write(Stream stream, string sopClassUid, string sopInstanceUid, string transferSyntaxUid, string? sourceAeTitle)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var body = new MemoryStream();
        WriteElement(body, 0x0001, "OB", [0x00, 0x01]);
        WriteElement(body, 0x0002, "UI", Pad(sopClassUid, 0));
        WriteElement(body, 0x0003, "UI", Pad(sopInstanceUid, 0));
        WriteElement(body, 0x0010, "UI", Pad(transferSyntaxUid, 0));
        WriteElement(body, 0x0012, "UI", Pad(DicomNetworkUids.ImplementationClassUid, 0));
        WriteElement(body, 0x0013, "SH", Pad(DicomNetworkUids.ImplementationVersionName, (byte)' '));
        if (!string.IsNullOrWhiteSpace(sourceAeTitle))
        {
            WriteElement(body, 0x0016, "AE", Pad(sourceAeTitle.Trim(), (byte)' '));
        }

        var head = new byte[PreambleLength + 4 + 12];
        "DICM"u8.CopyTo(head.AsSpan(PreambleLength));
        var groupLength = head.AsSpan(PreambleLength + 4);
        BinaryPrimitives.WriteUInt16LittleEndian(groupLength, 0x0002);
        BinaryPrimitives.WriteUInt16LittleEndian(groupLength[2..], 0x0000);
        "UL"u8.CopyTo(groupLength[4..]);
        BinaryPrimitives.WriteUInt16LittleEndian(groupLength[6..], 4);
        BinaryPrimitives.WriteUInt32LittleEndian(groupLength[8..], (uint)body.Length);
        stream.Write(head);
        stream.Write(body.GetBuffer().AsSpan(0, (int)body.Length));
    }

    /// <summary>Reads the meta group of a Part 10 file; throws <see cref="InvalidDataException"/> naming the offset when malformed.</summary>
    public static Part10Header Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var prefix = new byte[PreambleLength + 4];
        if (stream.ReadAtLeast(prefix, prefix.Length, throwOnEndOfStream: false) < prefix.Length || !prefix.AsSpan(PreambleLength).SequenceEqual("DICM"u8))
        {
            throw new InvalidDataException("Not a DICOM Part 10 file: no 'DICM' prefix at offset 128.");
        }

        string? sopClass = null, sopInstance = null, transferSyntax = null;
        long offset = prefix.Length;
        var header = new byte[8];
        while (true)
        {
            var got = stream.ReadAtLeast(header, 8, throwOnEndOfStream: false);
            if (got < 8)
            {
                throw new InvalidDataException($"Part 10 file ends inside its meta information at offset {offset}.");
            }

            var group = BinaryPrimitives.ReadUInt16LittleEndian(header);
            if (group != 0x0002)
            {
                break;
            }

            var element = BinaryPrimitives.ReadUInt16LittleEndian(header.AsSpan(2));
            var vr = Encoding.ASCII.GetString(header, 4, 2);
            long length;
            var headerLength = 8;
            if (vr is "OB" or "OW" or "OF" or "SQ" or "UT" or "UN" or "UC" or "UR" or "OD" or "OL" or "OV")
            {
                var extra = new byte[4];
                stream.ReadExactly(extra);
                length = BinaryPrimitives.ReadUInt32LittleEndian(extra);
                headerLength = 12;
            }
            else
            {
                length = BinaryPrimitives.ReadUInt16LittleEndian(header.AsSpan(6));
            }

            if (length > 64 * 1024)
            {
                throw new InvalidDataException($"Meta element (0002,{element:X4}) at offset {offset} has implausible length {length}.");
            }

            var value = new byte[length];
            stream.ReadExactly(value);
            var text = Encoding.ASCII.GetString(value).Trim(' ', '\0');
            switch (element)
            {
                case 0x0002: sopClass = text; break;
                case 0x0003: sopInstance = text; break;
                case 0x0010: transferSyntax = text; break;
                default: break;
            }

            offset += headerLength + length;
        }

        if (sopClass is null || sopInstance is null || transferSyntax is null)
        {
            throw new InvalidDataException("Part 10 meta information lacks MediaStorageSOPClassUID, MediaStorageSOPInstanceUID or TransferSyntaxUID.");
        }

        return new Part10Header(sopClass, sopInstance, transferSyntax, offset);
    }

    /// <summary>Reads the header of the file at <paramref name="path"/>.</summary>
    public static Part10Header Read(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096);
        return Read(stream);
    }

    private static byte[] Pad(string value, byte padding)
    {
        var bytes = new byte[value.Length + (value.Length % 2)];
        Encoding.ASCII.GetBytes(value, bytes);
        if (value.Length % 2 == 1)
        {
            bytes[^1] = padding;
        }

        return bytes;
    }

    private static void WriteElement(Stream stream, ushort element, string vr, byte[] value)
    {
        Span<byte> header = stackalloc byte[12];
        BinaryPrimitives.WriteUInt16LittleEndian(header, 0x0002);
        BinaryPrimitives.WriteUInt16LittleEndian(header[2..], element);
        Encoding.ASCII.GetBytes(vr, header[4..]);
        if (vr == "OB")
        {
            header[6] = 0;
            header[7] = 0;
            BinaryPrimitives.WriteUInt32LittleEndian(header[8..], (uint)value.Length);
            stream.Write(header);
        }
        else
        {
            BinaryPrimitives.WriteUInt16LittleEndian(header[6..], (ushort)value.Length);
            stream.Write(header[..8]);
        }

        stream.Write(value);
    }
}
