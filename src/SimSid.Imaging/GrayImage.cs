namespace SimSid.Imaging;

/// <summary>
/// A single-channel image of 32-bit floats in row-major order, values nominally in [0, 1]
/// (0 = black, 1 = white as displayed). The exchange type between the DICOM pixel pipeline,
/// the synthetic phantom generator and the model's data loading.
/// </summary>
public sealed class GrayImage
{
    public GrayImage(int width, int height)
        : this(width, height, new float[checked(width * height)])
    {
    }

    public GrayImage(int width, int height, float[] pixels)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(height);
        ArgumentNullException.ThrowIfNull(pixels);
        if (pixels.Length != (long)width * height)
        {
            throw new ArgumentException($"Expected {width * (long)height} pixels, got {pixels.Length}.", nameof(pixels));
        }

        Width = width;
        Height = height;
        Pixels = pixels;
    }

    public int Width { get; }

    public int Height { get; }

    /// <summary>Row-major pixel values; index = y * Width + x.</summary>
#pragma warning disable CA1819 // Exposed on purpose: hot loops index it directly.
    public float[] Pixels { get; }
#pragma warning restore CA1819

    public float this[int x, int y]
    {
        get => Pixels[(y * Width) + x];
        set => Pixels[(y * Width) + x] = value;
    }
}
