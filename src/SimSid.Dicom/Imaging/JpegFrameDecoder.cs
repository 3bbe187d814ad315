using System.Globalization;
using JpegLibrary;

namespace SimSid.Dicom.Imaging;

/// <summary>
/// Decodes one JPEG-encapsulated frame into stored values, one per pixel: the DCT processes (baseline and
/// extended sequential, SOF0/SOF1) with JpegLibrary, lossless Huffman (SOF3) with <see cref="JpegLosslessDecoder"/>.
/// </summary>
internal static class JpegFrameDecoder
{
    public static int[] Decode(ReadOnlyMemory<byte> stream, DicomPixelDescription description, string transferSyntaxUid, int frame)
    {
        int[][] planes;
        int precision;
        int width;
        int height;
        var lossless = EncapsulatedSyntaxSniffer.Guess(stream.Span) == DicomTransferSyntax.JPEGLossless.Uid;
        try
        {
            // Both decoders check the frame header against Rows/Columns before allocating any plane.
            (planes, precision, width, height) = lossless
                ? JpegLosslessDecoder.Decode(stream.Span, description.Columns, description.Rows)
                : DecodeDct(stream, description);
        }
#pragma warning disable CA1031 // Decoders report corrupt streams with several BCL exception types; all become one typed error.
        catch (Exception ex) when (ex is not (OutOfMemoryException or DicomException))
#pragma warning restore CA1031
        {
            throw new DicomDataException(DicomTag.PixelData, string.Create(
                CultureInfo.InvariantCulture, $"JPEG frame {frame} ({transferSyntaxUid}) could not be decoded: {ex.Message}"), ex);
        }

        if (width != description.Columns || height != description.Rows)
        {
            throw new DicomDataException(DicomTag.PixelData, string.Create(
                CultureInfo.InvariantCulture, $"JPEG frame {frame} is {width}x{height} but the dataset says {description.Columns}x{description.Rows}"));
        }

        var plane = SelectGreyPlane(planes, description);
        Normalise(plane, precision, lossless, description);
        return plane;
    }

    private static (int[][] Planes, int Precision, int Width, int Height) DecodeDct(ReadOnlyMemory<byte> stream, DicomPixelDescription description)
    {
        var decoder = new JpegDecoder();
        decoder.SetInput(stream);
        decoder.Identify();
        if (decoder.Width != description.Columns || decoder.Height != description.Rows || decoder.NumberOfComponents is < 1 or > 4)
        {
            return ([], decoder.Precision, decoder.Width, decoder.Height);
        }

        var writer = new JpegSampleWriter(decoder.Width, decoder.Height, decoder.NumberOfComponents);
        decoder.SetOutputWriter(writer);
        decoder.Decode();
        if (writer.BlocksWritten == 0)
        {
            throw new InvalidDataException("the JPEG stream holds no decodable scan");
        }

        return (writer.Planes, decoder.Precision, decoder.Width, decoder.Height);
    }

    private static int[] SelectGreyPlane(int[][] planes, DicomPixelDescription description)
    {
        if (planes.Length == 3 && description.PhotometricInterpretation == "RGB")
        {
            var pixels = planes[0].Length;
            var interleaved = new int[pixels * 3];
            for (var i = 0; i < pixels; i++)
            {
                interleaved[i * 3] = planes[0][i];
                interleaved[(i * 3) + 1] = planes[1][i];
                interleaved[(i * 3) + 2] = planes[2][i];
            }

            return Luma.FromThreeSamples(interleaved, pixels, "RGB", planar: false);
        }

        // One component, or YBR_*: the first component is luma.
        return planes[0];
    }

    /// <summary>
    /// Lossless output is the exact bit pattern: mask to Bits Stored and sign-extend when signed.
    /// Lossy (DCT) output can overshoot: clamp it to the stored range.
    /// </summary>
    private static void Normalise(int[] plane, int precision, bool lossless, DicomPixelDescription description)
    {
        var bitsStored = Math.Min(description.BitsStored, precision);
        var decoder = new StoredValueDecoder(bitsStored, bitsStored - 1, description.IsSigned);
        var max = (1 << bitsStored) - 1;
        for (var i = 0; i < plane.Length; i++)
        {
            var value = lossless ? plane[i] : Math.Clamp(plane[i], 0, max);
            plane[i] = decoder.Decode((uint)value);
        }
    }
}
