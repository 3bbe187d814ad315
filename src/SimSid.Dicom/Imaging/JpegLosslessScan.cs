namespace SimSid.Dicom.Imaging;

/// <summary>
/// Decodes one lossless Huffman scan (ITU-T T.81 H.1.2): prediction (H.1.2.1, Table H.1), difference decoding
/// (H.1.2.2, F.2.2.1), restart intervals and point transform.
/// </summary>
internal static class JpegLosslessScan
{
    private const int MaxOverrunBits = 64;

    public static int Decode(ReadOnlySpan<byte> data, int entropyStart, ReadOnlySpan<byte> header, JpegLosslessFrame frame, JpegHuffmanTable?[] tables, int restartInterval)
    {
        var ns = header.Length > 0 ? header[0] : 0;
        if (ns == 0 || header.Length < 1 + (2 * ns) + 3)
        {
            throw JpegLosslessDecoder.Error(entropyStart, "malformed SOS segment");
        }

        var planes = new int[ns][];
        var scanTables = new JpegHuffmanTable[ns];
        for (var i = 0; i < ns; i++)
        {
            var index = Array.IndexOf(frame.ComponentIds, header[1 + (2 * i)]);
            var table = tables[header[2 + (2 * i)] >> 4];
            if (index < 0 || table is null)
            {
                throw JpegLosslessDecoder.Error(entropyStart, "scan names an unknown component or Huffman table");
            }

            planes[i] = frame.Planes[index];
            scanTables[i] = table;
        }

        var predictor = header[1 + (2 * ns)];
        var pointTransform = header[3 + (2 * ns)] & 0x0F;
        if (predictor > 7 || pointTransform >= frame.Precision)
        {
            throw JpegLosslessDecoder.Error(entropyStart, "invalid predictor or point transform");
        }

        var reader = new JpegBitReader(data, entropyStart);
        var width = frame.Width;
        var initial = 1 << (frame.Precision - pointTransform - 1);
        if (planes.Length == 1 && restartInterval == 0)
        {
            DecodeSingleComponent(ref reader, planes[0], scanTables[0], width, frame.Height, predictor, initial);
            FinishScan(planes, pointTransform, frame);
            return JpegLosslessDecoder.SkipToMarker(data, reader.Position);
        }

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
                CheckOverrun(ref reader);
            }

            if (!restartPending)
            {
                firstLine = false;
            }
        }

        FinishScan(planes, pointTransform, frame);
        return JpegLosslessDecoder.SkipToMarker(data, reader.Position);
    }

    /// <summary>
    /// The common case (one component, no restart intervals) with the predictor chosen once per line instead of
    /// once per sample. Same rules as the general loop: line 0 predicts from Ra, column 0 from Rb.
    /// </summary>
    private static void DecodeSingleComponent(ref JpegBitReader reader, int[] plane, JpegHuffmanTable table, int width, int height, int predictor, int initial)
    {
        plane[0] = (initial + ReadDifference(ref reader, table)) & 0xFFFF;
        for (var x = 1; x < width; x++)
        {
            plane[x] = (plane[x - 1] + ReadDifference(ref reader, table)) & 0xFFFF;
        }

        for (var y = 1; y < height; y++)
        {
            var row = y * width;
            var above = row - width;
            plane[row] = (plane[above] + ReadDifference(ref reader, table)) & 0xFFFF;
            switch (predictor)
            {
                case 1:
                    for (var x = 1; x < width; x++)
                    {
                        plane[row + x] = (plane[row + x - 1] + ReadDifference(ref reader, table)) & 0xFFFF;
                    }

                    break;
                case 2:
                    for (var x = 1; x < width; x++)
                    {
                        plane[row + x] = (plane[above + x] + ReadDifference(ref reader, table)) & 0xFFFF;
                    }

                    break;
                default:
                    for (var x = 1; x < width; x++)
                    {
                        var ra = plane[row + x - 1];
                        var rb = plane[above + x];
                        var rc = plane[above + x - 1];
                        var prediction = predictor switch
                        {
                            3 => rc,
                            4 => ra + rb - rc,
                            5 => ra + ((rb - rc) >> 1),
                            6 => rb + ((ra - rc) >> 1),
                            7 => (ra + rb) >> 1,
                            _ => 0,
                        };
                        plane[row + x] = (prediction + ReadDifference(ref reader, table)) & 0xFFFF;
                    }

                    break;
            }

            CheckOverrun(ref reader);
        }

        CheckOverrun(ref reader);
    }

    private static void CheckOverrun(ref JpegBitReader reader)
    {
        if (reader.OverrunBits > MaxOverrunBits)
        {
            throw JpegLosslessDecoder.Error(reader.Position, "entropy-coded data ends before the image is complete");
        }
    }

    private static void FinishScan(int[][] planes, int pointTransform, JpegLosslessFrame frame)
    {
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
                throw JpegLosslessDecoder.Error(reader.Position, "difference category above 16");
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
                return value >= 0 ? value : throw JpegLosslessDecoder.Error(reader.Position, "invalid Huffman code");
            }

            code = (code << 1) | reader.ReadBits(1);
        }

        throw JpegLosslessDecoder.Error(reader.Position, "invalid Huffman code");
    }

    private static void Restart(ReadOnlySpan<byte> data, ref JpegBitReader reader)
    {
        var pos = JpegLosslessDecoder.SkipToMarker(data, reader.Position);
        if (pos + 1 >= data.Length || data[pos + 1] is < 0xD0 or > 0xD7)
        {
            throw JpegLosslessDecoder.Error(pos, "expected a restart marker");
        }

        reader = new JpegBitReader(data, pos + 2);
    }
}
