using System.Buffers.Binary;
using System.Globalization;

namespace SimSid.Dicom.Imaging;

/// <summary>
/// Reads one frame of native (uncompressed) pixel data, held little-endian in memory, into stored values,
/// one per pixel. Three-sample images are reduced to luma (see <see cref="Luma"/>).
/// </summary>
internal static class NativeSampleReader
{
    public static int[] ReadFrame(ReadOnlySpan<byte> pixelData, DicomPixelDescription description, int frame)
    {
        var frameBytes = description.FrameByteLength;
        var start = frameBytes * frame;
        if (start + frameBytes > pixelData.Length)
        {
            throw new DicomDataException(DicomTag.PixelData, string.Create(
                CultureInfo.InvariantCulture,
                $"holds {pixelData.Length} bytes but frame {frame} of {description.Columns}x{description.Rows}x{description.SamplesPerPixel} at {description.BitsAllocated} bits needs bytes {start}..{start + frameBytes}"));
        }

        var bytes = pixelData.Slice((int)start, (int)frameBytes);
        var pixels = description.Rows * description.Columns;
        var decoder = StoredValueDecoder.For(description);
        if (description.SamplesPerPixel == 1)
        {
            var samples = new int[pixels];
            ReadSamples(bytes, description.BitsAllocated, decoder, samples);
            return samples;
        }

        var all = new int[pixels * 3];
        ReadSamples(bytes, description.BitsAllocated, decoder, all);
        return Luma.FromThreeSamples(all, pixels, description.PhotometricInterpretation, description.PlanarConfiguration == 1);
    }

    private static void ReadSamples(ReadOnlySpan<byte> bytes, int bitsAllocated, StoredValueDecoder decoder, Span<int> samples)
    {
        switch (bitsAllocated)
        {
            case 8:
                for (var i = 0; i < samples.Length; i++)
                {
                    samples[i] = decoder.Decode(bytes[i]);
                }

                break;
            case 16:
                for (var i = 0; i < samples.Length; i++)
                {
                    samples[i] = decoder.Decode(BinaryPrimitives.ReadUInt16LittleEndian(bytes[(i * 2)..]));
                }

                break;
            default:
                for (var i = 0; i < samples.Length; i++)
                {
                    samples[i] = decoder.Decode(BinaryPrimitives.ReadUInt32LittleEndian(bytes[(i * 4)..]));
                }

                break;
        }
    }
}
