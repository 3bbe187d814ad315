using System.Buffers.Binary;
using System.Globalization;

namespace SimSid.Dicom.Imaging;

/// <summary>
/// Decodes lossless Huffman JPEG (ITU-T T.81 Annex H, process 14, SOF3), the coding of DICOM JPEG Lossless
/// (1.2.840.10008.1.2.4.57 and .70). Interleaved and non-interleaved scans, all seven predictors, restart
/// intervals and point transform; components must not be subsampled.
/// </summary>
/// <remarks>
/// JpegLibrary 0.4.32 applies the chosen predictor on the first line of a scan, where H.1.2.1 requires the
/// horizontal predictor Ra, so selection values 2, 3, 5, 6 and 7 decode wrongly (dcmcjpeg's +el default is 6);
/// hence this decoder. The DCT processes still use JpegLibrary.
/// </remarks>
internal static class JpegLosslessDecoder
{
    /// <summary>
    /// Returns one plane per frame component, values modulo 2^16 shifted left by the point transform. When the
    /// frame header's size differs from the expected one nothing is decoded and no plane is returned.
    /// </summary>
    public static (int[][] Planes, int Precision, int Width, int Height) Decode(ReadOnlySpan<byte> data, int expectedWidth, int expectedHeight)
    {
        var tables = new JpegHuffmanTable?[4];
        JpegLosslessFrame? frame = null;
        var restartInterval = 0;
        if (data.Length < 4 || data[0] != 0xFF || data[1] != 0xD8)
        {
            throw Error(0, "does not start with SOI");
        }

        var pos = 2;
        while (pos + 1 < data.Length)
        {
            if (data[pos] != 0xFF)
            {
                throw Error(pos, "expected a marker");
            }

            var marker = data[pos + 1];
            pos += 2;
            if (marker == 0xFF)
            {
                pos--;
                continue;
            }

            if (marker == 0xD9)
            {
                break;
            }

            if (marker is >= 0xD0 and <= 0xD7 or 0x01)
            {
                continue;
            }

            if (pos + 2 > data.Length)
            {
                throw Error(pos, "segment length past the end");
            }

            var length = BinaryPrimitives.ReadUInt16BigEndian(data[pos..]);
            if (length < 2 || pos + length > data.Length)
            {
                throw Error(pos, "segment length past the end");
            }

            var segment = data.Slice(pos + 2, length - 2);
            switch (marker)
            {
                case 0xC4:
                    ReadHuffmanTables(segment, tables, pos);
                    break;
                case 0xC3:
                    frame = ReadFrame(segment, pos);
                    if (frame.Width != expectedWidth || frame.Height != expectedHeight)
                    {
                        return ([], frame.Precision, frame.Width, frame.Height);
                    }

                    break;
                case 0xDD:
                    restartInterval = segment.Length >= 2 ? BinaryPrimitives.ReadUInt16BigEndian(segment) : 0;
                    break;
                case 0xDA:
                    if (frame is null)
                    {
                        throw Error(pos, "scan before the SOF3 frame header");
                    }

                    pos = JpegLosslessScan.Decode(data, pos + length, segment, frame, tables, restartInterval);
                    continue;
                case >= 0xC0 and <= 0xCF when marker is not (0xC4 or 0xC8 or 0xCC):
                    throw Error(pos, string.Create(CultureInfo.InvariantCulture, $"SOF marker FF{marker:X2} is not lossless Huffman (SOF3)"));
            }

            pos += length;
        }

        if (frame is null)
        {
            throw Error(pos, "no SOF3 frame header");
        }

        if (!frame.Decoded)
        {
            throw Error(pos, "no scan");
        }

        return (frame.Planes, frame.Precision, frame.Width, frame.Height);
    }

    private static void ReadHuffmanTables(ReadOnlySpan<byte> segment, JpegHuffmanTable?[] tables, int pos)
    {
        while (segment.Length >= 17)
        {
            var tableClass = segment[0] >> 4;
            var id = segment[0] & 0x0F;
            var counts = segment.Slice(1, 16);
            var total = 0;
            foreach (var c in counts)
            {
                total += c;
            }

            if (segment.Length < 17 + total || id > 3 || total > 256)
            {
                throw Error(pos, "malformed DHT segment");
            }

            if (tableClass == 0)
            {
                tables[id] = new JpegHuffmanTable(counts, segment.Slice(17, total));
            }

            segment = segment[(17 + total)..];
        }
    }

    private static JpegLosslessFrame ReadFrame(ReadOnlySpan<byte> segment, int pos)
    {
        if (segment.Length < 6)
        {
            throw Error(pos, "short SOF3 segment");
        }

        var precision = segment[0];
        var height = BinaryPrimitives.ReadUInt16BigEndian(segment[1..]);
        var width = BinaryPrimitives.ReadUInt16BigEndian(segment[3..]);
        var count = segment[5];
        if (precision is < 2 or > 16 || width == 0 || height == 0 || count is 0 or > 4 || segment.Length < 6 + (3 * count))
        {
            throw Error(pos, string.Create(CultureInfo.InvariantCulture, $"unsupported SOF3 header (P={precision}, {width}x{height}, Nf={count})"));
        }

        var ids = new int[count];
        for (var c = 0; c < count; c++)
        {
            ids[c] = segment[6 + (3 * c)];
            if (segment[7 + (3 * c)] != 0x11)
            {
                throw Error(pos, "subsampled lossless JPEG components are not supported");
            }
        }

        return new JpegLosslessFrame(precision, width, height, ids);
    }

    internal static int SkipToMarker(ReadOnlySpan<byte> data, int pos)
    {
        while (pos + 1 < data.Length && !(data[pos] == 0xFF && data[pos + 1] != 0x00 && data[pos + 1] != 0xFF))
        {
            pos++;
        }

        return pos;
    }

    internal static InvalidDataException Error(int offset, string message) =>
        new(string.Create(CultureInfo.InvariantCulture, $"lossless JPEG at byte {offset}: {message}"));
}
