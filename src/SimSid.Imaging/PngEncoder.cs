using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace SimSid.Imaging;

/// <summary>
/// Writes <see cref="GrayImage"/>s as greyscale PNG files (ISO/IEC 15948: colour type 0, 8 or 16 bits,
/// no interlace). Values are clamped to [0, 1] and scaled to the full sample range.
/// </summary>
public static class PngEncoder
{
    private static readonly byte[] Signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>Encodes the image as a PNG file in memory.</summary>
    public static byte[] Encode(GrayImage image, PngBitDepth bitDepth = PngBitDepth.Eight)
    {
        using var stream = new MemoryStream();
        Write(image, stream, bitDepth);
        return stream.ToArray();
    }

    /// <summary>Writes the image to <paramref name="path"/> (created or overwritten).</summary>
    public static void Save(GrayImage image, string path, PngBitDepth bitDepth = PngBitDepth.Eight)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None);
        Write(image, file, bitDepth);
    }

    /// <summary>Writes the image as PNG to <paramref name="output"/>.</summary>
    public static void Write(GrayImage image, Stream output, PngBitDepth bitDepth = PngBitDepth.Eight)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(output);
        if (bitDepth is not (PngBitDepth.Eight or PngBitDepth.Sixteen))
        {
            throw new ArgumentOutOfRangeException(nameof(bitDepth), bitDepth, "PNG greyscale depth must be 8 or 16.");
        }

        output.Write(Signature);

        Span<byte> header = stackalloc byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, image.Width);
        BinaryPrimitives.WriteInt32BigEndian(header[4..], image.Height);
        header[8] = (byte)bitDepth;
        header[9] = 0; // colour type: greyscale
        header[10] = 0; // compression method: deflate
        header[11] = 0; // filter method: adaptive
        header[12] = 0; // no interlace
        WriteChunk(output, "IHDR", header);
        WriteChunk(output, "IDAT", CompressScanlines(image, bitDepth));
        WriteChunk(output, "IEND", []);
    }

    private static byte[] CompressScanlines(GrayImage image, PngBitDepth bitDepth)
    {
        var bytesPerPixel = bitDepth == PngBitDepth.Sixteen ? 2 : 1;
        var rowBytes = image.Width * bytesPerPixel;
        var current = new byte[rowBytes];
        var previous = new byte[rowBytes];
        var filtered = new byte[rowBytes + 1];
        var scratch = new byte[rowBytes];

        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            for (var y = 0; y < image.Height; y++)
            {
                var pixels = image.Pixels.AsSpan(y * image.Width, image.Width);
                if (bytesPerPixel == 1)
                {
                    for (var x = 0; x < pixels.Length; x++)
                    {
                        current[x] = (byte)MathF.Round(Math.Clamp(pixels[x], 0f, 1f) * 255f);
                    }
                }
                else
                {
                    for (var x = 0; x < pixels.Length; x++)
                    {
                        var sample = (ushort)MathF.Round(Math.Clamp(pixels[x], 0f, 1f) * 65535f);
                        BinaryPrimitives.WriteUInt16BigEndian(current.AsSpan(x * 2), sample);
                    }
                }

                PngRowFilter.FilterRow(current, y == 0 ? [] : previous, bytesPerPixel, filtered, scratch);
                zlib.Write(filtered);
                (previous, current) = (current, previous);
            }
        }

        return compressed.ToArray();
    }

    private static void WriteChunk(Stream output, string type, ReadOnlySpan<byte> data)
    {
        Span<byte> word = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(word, data.Length);
        output.Write(word);

        Span<byte> typeBytes = stackalloc byte[4];
        Encoding.ASCII.GetBytes(type, typeBytes);
        output.Write(typeBytes);
        output.Write(data);

        var crc = Crc32.Append(Crc32.Compute(typeBytes), data);
        BinaryPrimitives.WriteUInt32BigEndian(word, crc);
        output.Write(word);
    }
}
