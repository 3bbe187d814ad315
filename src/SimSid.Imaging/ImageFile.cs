using StbImageSharp;

namespace SimSid.Imaging;

/// <summary>Reads ordinary image files (PNG, JPEG, BMP, ...) into <see cref="GrayImage"/>s.</summary>
public static class ImageFile
{
    /// <summary>
    /// Loads a PNG or JPEG file as greyscale, values scaled from 0..255 to [0, 1]. Colour files are reduced to
    /// luma by the decoder (ITU-R BT.601 weights); 16-bit PNGs are reduced to 8 bits, as the model's data
    /// loading did.
    /// </summary>
    /// <exception cref="InvalidDataException">The file is not a decodable image.</exception>
    public static GrayImage Load(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var bytes = File.ReadAllBytes(path);
        try
        {
            return Decode(bytes);
        }
        catch (InvalidDataException ex)
        {
            throw new InvalidDataException($"{path}: {ex.Message}", ex);
        }
    }

    /// <summary>Decodes an in-memory PNG or JPEG file as greyscale in [0, 1].</summary>
    /// <exception cref="InvalidDataException">The bytes are not a decodable image.</exception>
    public static GrayImage Decode(byte[] fileBytes)
    {
        ArgumentNullException.ThrowIfNull(fileBytes);
        ImageResult result;
        try
        {
            result = ImageResult.FromMemory(fileBytes, ColorComponents.Grey);
        }
#pragma warning disable CA1031 // The decoder signals bad input with plain Exception; we rethrow it typed.
        catch (Exception ex) when (ex is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            throw new InvalidDataException($"not a decodable PNG/JPEG image ({ex.Message})", ex);
        }

        if (result is null || result.Width <= 0 || result.Height <= 0 || result.Data.Length < result.Width * result.Height)
        {
            throw new InvalidDataException("not a decodable PNG/JPEG image");
        }

        var pixels = new float[result.Width * result.Height];
        const float scale = 1f / 255f;
        for (var i = 0; i < pixels.Length; i++)
        {
            pixels[i] = result.Data[i] * scale;
        }

        return new GrayImage(result.Width, result.Height, pixels);
    }
}
