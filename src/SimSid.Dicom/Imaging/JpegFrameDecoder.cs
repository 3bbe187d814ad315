using System.Globalization;
using JpegLibrary;

namespace SimSid.Dicom.Imaging;

/// <summary>
/// Decodes one JPEG-encapsulated frame (ISO/IEC 10918-1: baseline and extended sequential DCT, SOF0/SOF1,
/// and lossless Huffman, SOF3) with JpegLibrary into stored values, one per pixel.
/// </summary>
internal static class JpegFrameDecoder
{
    public static int[] Decode(ReadOnlyMemory<byte> stream, DicomPixelDescription description, string transferSyntaxUid, int frame)
    {
        var decoder = new JpegDecoder();
        JpegSampleWriter writer;
        bool lossless;
        int precision;
        try
        {
            decoder.SetInput(stream);
            decoder.Identify();
            if (decoder.Width != description.Columns || decoder.Height != description.Rows)
            {
                throw new DicomDataException(DicomTag.PixelData, string.Create(
                    CultureInfo.InvariantCulture,
                    $"JPEG frame {frame} is {decoder.Width}x{decoder.Height} but the dataset says {description.Columns}x{description.Rows}"));
            }

            precision = decoder.Precision;
            lossless = decoder.StartOfFrame == JpegMarker.StartOfFrame3;
            writer = new JpegSampleWriter(decoder.Width, decoder.Height, decoder.NumberOfComponents);
            decoder.SetOutputWriter(writer);
            decoder.Decode();
            if (writer.BlocksWritten == 0)
            {
                throw new DicomDataException(DicomTag.PixelData, string.Create(
                    CultureInfo.InvariantCulture, $"JPEG frame {frame} ({transferSyntaxUid}) holds no decodable scan"));
            }
        }
        catch (DicomException)
        {
            throw;
        }
#pragma warning disable CA1031 // JpegLibrary reports corrupt streams with several BCL exception types; all become one typed error.
        catch (Exception ex) when (ex is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            throw new DicomDataException(DicomTag.PixelData, string.Create(
                CultureInfo.InvariantCulture, $"JPEG frame {frame} ({transferSyntaxUid}) could not be decoded: {ex.Message}"), ex);
        }

        var plane = SelectGreyPlane(writer.Planes, description);
        Normalise(plane, precision, lossless, description);
        return plane;
    }

    private static int[] SelectGreyPlane(int[][] planes, DicomPixelDescription description)
    {
        if (planes.Length == 1)
        {
            return planes[0];
        }

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

        // YBR_* (and anything else): the first component is luma.
        return planes[0];
    }

    /// <summary>
    /// Lossless output is the exact bit pattern modulo 2^P: mask to Bits Stored and sign-extend when signed.
    /// Lossy (DCT) output can overshoot: clamp it to the stored range.
    /// </summary>
    private static void Normalise(int[] plane, int precision, bool lossless, DicomPixelDescription description)
    {
        var bitsStored = Math.Min(description.BitsStored, precision);
        var decoder = new StoredValueDecoder(bitsStored, bitsStored - 1, description.IsSigned);
        var precisionMask = (1 << precision) - 1;
        var max = (1 << bitsStored) - 1;
        for (var i = 0; i < plane.Length; i++)
        {
            var value = lossless ? plane[i] & precisionMask : Math.Clamp(plane[i], 0, max);
            plane[i] = decoder.Decode((uint)value);
        }
    }
}
