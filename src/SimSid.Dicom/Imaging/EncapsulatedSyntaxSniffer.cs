using System.Buffers.Binary;

namespace SimSid.Dicom.Imaging;

/// <summary>
/// Names the compression of encapsulated pixel data from its first bytes, for datasets read without file meta
/// information: JPEG (by its SOF marker, ISO/IEC 10918-1 Table B.1), JPEG-LS (SOF55), JPEG 2000 (codestream SOC
/// marker or JP2 signature box) and RLE (PS3.5 Annex G header). Returns a transfer syntax UID, or null.
/// </summary>
internal static class EncapsulatedSyntaxSniffer
{
    public static string? Guess(ReadOnlySpan<byte> firstFragment)
    {
        var b = firstFragment;
        if (b.Length >= 4 && b[0] == 0xFF && b[1] == 0x4F && b[2] == 0xFF && b[3] == 0x51)
        {
            return "1.2.840.10008.1.2.4.91";
        }

        if (b.Length >= 8 && b[..8].SequenceEqual("\0\0\0\x0CjP  "u8))
        {
            return "1.2.840.10008.1.2.4.91";
        }

        if (b.Length >= 2 && b[0] == 0xFF && b[1] == 0xD8)
        {
            return FromJpegMarkers(b);
        }

        if (b.Length >= 64)
        {
            var segments = BinaryPrimitives.ReadUInt32LittleEndian(b);
            var firstOffset = BinaryPrimitives.ReadUInt32LittleEndian(b[4..]);
            if (segments is >= 1 and <= 15 && firstOffset == 64)
            {
                return "1.2.840.10008.1.2.5";
            }
        }

        return null;
    }

    private static string? FromJpegMarkers(ReadOnlySpan<byte> b)
    {
        var pos = 2;
        while (pos + 4 <= b.Length)
        {
            if (b[pos] != 0xFF)
            {
                return null;
            }

            var marker = b[pos + 1];
            if (marker == 0xFF)
            {
                pos++;
                continue;
            }

            switch (marker)
            {
                case 0xC0: return "1.2.840.10008.1.2.4.50";
                case 0xC1: return "1.2.840.10008.1.2.4.51";
                case 0xC2: return "1.2.840.10008.1.2.4.55";
                case 0xC3: return "1.2.840.10008.1.2.4.57";
                case 0xF7: return "1.2.840.10008.1.2.4.80";
            }

            pos += 2 + BinaryPrimitives.ReadUInt16BigEndian(b[(pos + 2)..]);
        }

        return null;
    }
}
