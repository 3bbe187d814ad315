using System.Globalization;
using SimSid.Testing;

namespace SimSid.Imaging.Tests;

public sealed class PngEncoderTests
{
    // An independent PNG reader: Python's zlib and binascii.crc32 check every chunk CRC, inflate IDAT,
    // undo the five filter types and print the samples. Nothing of ours is involved in the decoding.
    private const string PythonPngReader = """
        import binascii, struct, sys, zlib
        data = open(sys.argv[1], 'rb').read()
        assert data[:8] == b'\x89PNG\r\n\x1a\n', 'signature'
        pos, idat, hdr = 8, b'', None
        while pos < len(data):
            n, = struct.unpack('>I', data[pos:pos + 4]); kind = data[pos + 4:pos + 8]; body = data[pos + 8:pos + 8 + n]
            crc, = struct.unpack('>I', data[pos + 8 + n:pos + 12 + n])
            assert binascii.crc32(kind + body) & 0xffffffff == crc, 'crc of ' + kind.decode()
            if kind == b'IHDR': hdr = struct.unpack('>IIBBBBB', body)
            if kind == b'IDAT': idat += body
            pos += 12 + n
        w, h, depth, ctype, _, _, _ = hdr
        bpp = depth // 8; stride = w * bpp; raw = zlib.decompress(idat); prev = bytearray(stride); out = []
        for y in range(h):
            f = raw[y * (stride + 1)]; line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
            for i in range(stride):
                a = line[i - bpp] if i >= bpp else 0; b = prev[i]; c = prev[i - bpp] if i >= bpp else 0
                if f == 1: p = a
                elif f == 2: p = b
                elif f == 3: p = (a + b) // 2
                elif f == 4:
                    q = a + b - c; pa, pb, pc = abs(q - a), abs(q - b), abs(q - c)
                    p = a if pa <= pb and pa <= pc else (b if pb <= pc else c)
                else: p = 0
                line[i] = (line[i] + p) & 0xff
            out += [line[i] if bpp == 1 else (line[i] << 8 | line[i + 1]) for i in range(0, stride, bpp)]
            prev = line
        print(w, h, depth, ctype)
        print(' '.join(map(str, out)))
        """;

    [Theory]
    [InlineData(PngBitDepth.Eight, 255)]
    [InlineData(PngBitDepth.Sixteen, 65535)]
    public void Encode_Gradient_IndependentReaderGetsSameSamples(PngBitDepth depth, int maxValue)
    {
        var image = Gradient(37, 23);
        using var temp = new TempDirectory();
        var png = temp.Combine("g.png");
        var script = temp.Combine("read_png.py");
        File.WriteAllText(script, PythonPngReader);

        PngEncoder.Save(image, png, depth);
        var result = ExternalTool.RunChecked("python3", script, png);

        var lines = result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal($"37 23 {(int)depth} 0", lines[0]);
        var samples = lines[1].Split(' ').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray();
        var expected = image.Pixels.Select(v => (int)MathF.Round(v * maxValue)).ToArray();
        Assert.Equal(expected, samples);
    }

    [Fact]
    public void Encode_EightBit_RoundTripsThroughImageFile()
    {
        var image = Gradient(64, 48);

        var decoded = ImageFile.Decode(PngEncoder.Encode(image));

        Assert.Equal(64, decoded.Width);
        Assert.Equal(48, decoded.Height);
        for (var i = 0; i < image.Pixels.Length; i++)
        {
            Assert.Equal(MathF.Round(image.Pixels[i] * 255f) / 255f, decoded.Pixels[i], 5);
        }
    }

    [Fact]
    public void Encode_OutOfRangeValues_AreClamped()
    {
        var image = new GrayImage(3, 1, [-0.5f, 0.5f, 7f]);

        var decoded = ImageFile.Decode(PngEncoder.Encode(image));

        Assert.Equal(0f, decoded.Pixels[0]);
        Assert.Equal(128f / 255f, decoded.Pixels[1], 5);
        Assert.Equal(1f, decoded.Pixels[2]);
    }

    [Fact]
    public void Encode_Always_StartsWithSignatureAndEndsWithIend()
    {
        var bytes = PngEncoder.Encode(new GrayImage(1, 1));

        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, bytes[..8]);
        Assert.Equal("IEND"u8.ToArray(), bytes[^8..^4]);
    }

    private static GrayImage Gradient(int width, int height)
    {
        var image = new GrayImage(width, height);
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                // A pattern that exercises every filter type: ramps plus a periodic texture.
                image[x, y] = ((x * 7) + (y * 13) + ((x * y) % 11)) % 101 / 100f;
            }
        }

        return image;
    }
}
