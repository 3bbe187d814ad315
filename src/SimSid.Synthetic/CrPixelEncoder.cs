using SimSid.Imaging;

namespace SimSid.Synthetic;

/// <summary>Quantises a [0,1] image to 12-bit unsigned samples in 16-bit little-endian words (MONOCHROME2).</summary>
internal static class CrPixelEncoder
{
    public const int BitsStored = 12;
    public const int MaxValue = (1 << BitsStored) - 1;

    /// <summary>The window that maps stored values 0…4095 back onto [0,1] (PS3.3 C.11.2.1.2.1).</summary>
    public const int WindowCenter = 2048;
    public const int WindowWidth = 4096;

    public static byte[] Encode(GrayImage image)
    {
        var pixels = image.Pixels;
        var bytes = new byte[pixels.Length * 2];
        for (var i = 0; i < pixels.Length; i++)
        {
            var v = Math.Clamp(pixels[i], 0f, 1f);
            var sample = (int)MathF.Round(v * MaxValue);
            bytes[2 * i] = (byte)(sample & 0xFF);
            bytes[(2 * i) + 1] = (byte)(sample >> 8);
        }

        return bytes;
    }
}
