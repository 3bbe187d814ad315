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
    private const int MaxOverrunBits = 64;

    /// <summary>Returns one plane per frame component, values modulo 2^16 shifted left by the point transform.</summary>
    public static (int[][] Planes, int Precision, int Width, int Height) Decode(ReadOnlySpan<byte> data)
    {
        var tables = new JpegHuffmanTable?[4];
        Frame? frame = null;
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
                    break;
                case 0xDD:
                    restartInterval = segment.Length >= 2 ? BinaryPrimitives.ReadUInt16BigEndian(segment) : 0;
                    break;
                case 0xDA:
                    if (frame is null)
                    {
                        throw Error(pos, "scan before the SOF3 frame header");
                    }

                    pos = DecodeScan(data, pos + length, segment, frame, tables, restartInterval);
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

    private static Frame ReadFrame(ReadOnlySpan<byte> segment, int pos)
    {
        if (segment.Length < 6)
        {
            throw Error(pos, "short SOF3 segment");
        }

        var precision = segment[0];
        var height = BinaryPrimitives.ReadUInt16BigEndian(segment[1..]);
        var width = BinaryPrimitives.ReadUInt16BigEndian(segment[3..]);
        var count = segment[5];
        if (precision is < 2 or > 16 || width == 0 || height == 0 || count == 0 || segment.Length < 6 + (3 * count))
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

        return new Frame(precision, width, height, ids);
    }

    private static int DecodeScan(ReadOnlySpan<byte> data, int entropyStart, ReadOnlySpan<byte> header, Frame frame, JpegHuffmanTable?[] tables, int restartInterval)
    {
        var ns = header.Length > 0 ? header[0] : 0;
        if (ns == 0 || header.Length < 1 + (2 * ns) + 3)
        {
            throw Error(entropyStart, "malformed SOS segment");
        }

        var planes = new int[ns][];
        var scanTables = new JpegHuffmanTable[ns];
        for (var i = 0; i < ns; i++)
        {
            var index = Array.IndexOf(frame.ComponentIds, header[1 + (2 * i)]);
            var table = tables[header[2 + (2 * i)] >> 4];
            if (index < 0 || table is null)
            {
                throw Error(entropyStart, "scan names an unknown component or Huffman table");
            }

            planes[i] = frame.Planes[index];
            scanTables[i] = table;
        }

        var predictor = header[1 + (2 * ns)];
        var pointTransform = header[3 + (2 * ns)] & 0x0F;
        if (predictor > 7 || pointTransform >= frame.Precision)
        {
            throw Error(entropyStart, "invalid predictor or point transform");
        }

        var reader = new JpegBitReader(data, entropyStart);
        var width = frame.Width;
        var initial = 1 << (frame.Precision - pointTransform - 1);
        var mcusToRestart = restartInterval;
        var firstLine = true; // first line of the scan or of a restart interval: predict from Ra
        var restartPending = true; // next sample starts an interval: predict 2^(P-Pt-1)
        for (var y = 0; y < frame.Height; y++)
        {
            var row = y * width;
            for (var x = 0; x < width; x++)
            {
                if (restartInterval > 0 && mcusToRestart == 0)
                {
                    Restart(data, ref reader);
                    mcusToRestart = restartInterval;
                    restartPending = true;
                    firstLine = true;
                }

                for (var c = 0; c < planes.Length; c++)
                {
                    var plane = planes[c];
                    int prediction;
                    if (restartPending)
                    {
                        prediction = initial;
                    }
                    else if (firstLine)
                    {
                        prediction = plane[row + x - 1];
                    }
                    else if (x == 0)
                    {
                        prediction = plane[row - width];
                    }
                    else
                    {
                        var ra = plane[row + x - 1];
                        var rb = plane[row - width + x];
                        var rc = plane[row - width + x - 1];
                        prediction = predictor switch
                        {
                            1 => ra,
                            2 => rb,
                            3 => rc,
                            4 => ra + rb - rc,
                            5 => ra + ((rb - rc) >> 1),
                            6 => rb + ((ra - rc) >> 1),
                            7 => (ra + rb) >> 1,
                            _ => 0,
                        };
                    }

                    plane[row + x] = (prediction + ReadDifference(ref reader, scanTables[c])) & 0xFFFF;
                }

                restartPending = false;
                mcusToRestart--;
                if (reader.OverrunBits > MaxOverrunBits)
                {
                    throw Error(reader.Position, "entropy-coded data ends before the image is complete");
                }
            }

            if (!restartPending)
            {
                firstLine = false;
            }
        }

        if (pointTransform > 0)
        {
            foreach (var plane in planes)
            {
                for (var i = 0; i < plane.Length; i++)
                {
                    plane[i] = (plane[i] << pointTransform) & 0xFFFF;
                }
            }
        }

        frame.Decoded = true;
        return SkipToMarker(data, reader.Position);
    }

    private static int ReadDifference(ref JpegBitReader reader, JpegHuffmanTable table)
    {
        var ssss = DecodeSymbol(ref reader, table);
        switch (ssss)
        {
            case 0:
                return 0;
            case 16:
                return 32768;
            case > 16:
                throw Error(reader.Position, "difference category above 16");
        }

        var bits = reader.ReadBits(ssss);
        return bits < (1 << (ssss - 1)) ? bits - (1 << ssss) + 1 : bits; // F.2.2.1 EXTEND
    }

    private static int DecodeSymbol(ref JpegBitReader reader, JpegHuffmanTable table)
    {
        var entry = table.Lookahead[reader.PeekBits(JpegHuffmanTable.LookaheadBits)];
        if (entry != 0)
        {
            reader.Skip(entry >> 8);
            return entry & 0xFF;
        }

        var code = reader.ReadBits(1);
        for (var length = 1; length <= 16; length++)
        {
            if (code <= table.MaxCode(length))
            {
                var value = table.Value(length, code);
                return value >= 0 ? value : throw Error(reader.Position, "invalid Huffman code");
            }

            code = (code << 1) | reader.ReadBits(1);
        }

        throw Error(reader.Position, "invalid Huffman code");
    }

    private static void Restart(ReadOnlySpan<byte> data, ref JpegBitReader reader)
    {
        var pos = SkipToMarker(data, reader.Position);
        if (pos + 1 >= data.Length || data[pos + 1] is < 0xD0 or > 0xD7)
        {
            throw Error(pos, "expected a restart marker");
        }

        reader = new JpegBitReader(data, pos + 2);
    }

    private static int SkipToMarker(ReadOnlySpan<byte> data, int pos)
    {
        while (pos + 1 < data.Length && !(data[pos] == 0xFF && data[pos + 1] != 0x00 && data[pos + 1] != 0xFF))
        {
            pos++;
        }

        return pos;
    }

    private static InvalidDataException Error(int offset, string message) =>
        new(string.Create(CultureInfo.InvariantCulture, $"lossless JPEG at byte {offset}: {message}"));

    private sealed class Frame(int precision, int width, int height, int[] componentIds)
    {
        public int Precision { get; } = precision;

        public int Width { get; } = width;

        public int Height { get; } = height;

        public int[] ComponentIds { get; } = componentIds;

        public int[][] Planes { get; } = [.. componentIds.Select(_ => new int[width * height])];

        public bool Decoded { get; set; }
    }
}
