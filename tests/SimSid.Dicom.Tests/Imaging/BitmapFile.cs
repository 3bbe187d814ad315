using System.Buffers.Binary;

namespace SimSid.Dicom.Tests.Imaging;

/// <summary>Minimal Windows BMP writer (BITMAPINFOHEADER, bottom-up rows padded to 4 bytes) for img2dcm input.</summary>
internal static class BitmapFile
{
    /// <summary>8 bits per pixel with an identity grey palette.</summary>
    public static byte[] Grey(int width, int height, int[] values)
    {
        var stride = (width + 3) / 4 * 4;
        var bmp = Header(width, height, 8, stride, paletteEntries: 256);
        for (var i = 0; i < 256; i++)
        {
            bmp[54 + (4 * i)] = bmp[55 + (4 * i)] = bmp[56 + (4 * i)] = (byte)i;
        }

        var pixels = 54 + 1024;
        for (var y = 0; y < height; y++)
        {
            var row = pixels + ((height - 1 - y) * stride);
            for (var x = 0; x < width; x++)
            {
                bmp[row + x] = (byte)values[(y * width) + x];
            }
        }

        return bmp;
    }

    /// <summary>24 bits per pixel, stored blue-green-red.</summary>
    public static byte[] Rgb(int width, int height, int[] red, int[] green, int[] blue)
    {
        var stride = ((width * 3) + 3) / 4 * 4;
        var bmp = Header(width, height, 24, stride, paletteEntries: 0);
        for (var y = 0; y < height; y++)
        {
            var row = 54 + ((height - 1 - y) * stride);
            for (var x = 0; x < width; x++)
            {
                var i = (y * width) + x;
                bmp[row + (3 * x)] = (byte)blue[i];
                bmp[row + (3 * x) + 1] = (byte)green[i];
                bmp[row + (3 * x) + 2] = (byte)red[i];
            }
        }

        return bmp;
    }

    private static byte[] Header(int width, int height, int bitsPerPixel, int stride, int paletteEntries)
    {
        var offset = 54 + (4 * paletteEntries);
        var bmp = new byte[offset + (stride * height)];
        var span = bmp.AsSpan();
        span[0] = (byte)'B';
        span[1] = (byte)'M';
        BinaryPrimitives.WriteInt32LittleEndian(span[2..], bmp.Length);
        BinaryPrimitives.WriteInt32LittleEndian(span[10..], offset);
        BinaryPrimitives.WriteInt32LittleEndian(span[14..], 40);
        BinaryPrimitives.WriteInt32LittleEndian(span[18..], width);
        BinaryPrimitives.WriteInt32LittleEndian(span[22..], height);
        BinaryPrimitives.WriteInt16LittleEndian(span[26..], 1);
        BinaryPrimitives.WriteInt16LittleEndian(span[28..], (short)bitsPerPixel);
        BinaryPrimitives.WriteInt32LittleEndian(span[34..], stride * height);
        BinaryPrimitives.WriteInt32LittleEndian(span[46..], paletteEntries);
        return bmp;
    }
}
