using System.Buffers.Binary;
using System.Text;

namespace SimSid.Dicom.Tests.Core;

/// <summary>Hand-encoded element bytes for malformed-input tests (little endian).</summary>
internal static class RawBytes
{
    public static byte[] Explicit(ushort group, ushort element, string vr, byte[] value, uint? length = null)
    {
        var isLong = vr is "OB" or "OW" or "OF" or "OD" or "OL" or "OV" or "SQ" or "SV" or "UC" or "UN" or "UR" or "UT" or "UV" or "ZZ";
        var header = new byte[isLong ? 12 : 8];
        BinaryPrimitives.WriteUInt16LittleEndian(header, group);
        BinaryPrimitives.WriteUInt16LittleEndian(header.AsSpan(2), element);
        Encoding.ASCII.GetBytes(vr).CopyTo(header, 4);
        if (isLong)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(8), length ?? (uint)value.Length);
        }
        else
        {
            BinaryPrimitives.WriteUInt16LittleEndian(header.AsSpan(6), (ushort)(length ?? (uint)value.Length));
        }

        return [.. header, .. value];
    }

    public static byte[] Implicit(ushort group, ushort element, byte[] value, uint? length = null)
    {
        var header = new byte[8];
        BinaryPrimitives.WriteUInt16LittleEndian(header, group);
        BinaryPrimitives.WriteUInt16LittleEndian(header.AsSpan(2), element);
        BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(4), length ?? (uint)value.Length);
        return [.. header, .. value];
    }

    public static byte[] ItemTag(ushort element, uint length) => Implicit(0xFFFE, element, [], length);

    /// <summary>A Part 10 file around an already encoded dataset.</summary>
    public static byte[] Part10(string transferSyntaxUid, byte[] dataset)
    {
        var uid = Encoding.ASCII.GetBytes(transferSyntaxUid);
        if ((uid.Length & 1) == 1)
        {
            uid = [.. uid, 0];
        }

        byte[] meta = [.. Explicit(0x0002, 0x0001, "OB", [0, 1]), .. Explicit(0x0002, 0x0010, "UI", uid)];
        var groupLength = new byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(groupLength, (uint)meta.Length);
        return [.. new byte[128], .. "DICM"u8.ToArray(), .. Explicit(0x0002, 0x0000, "UL", groupLength), .. meta, .. dataset];
    }
}
