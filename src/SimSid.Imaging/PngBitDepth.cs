namespace SimSid.Imaging;

/// <summary>Sample depth of a greyscale PNG written by <see cref="PngEncoder"/>.</summary>
public enum PngBitDepth
{
    /// <summary>8 bits per sample: value = round(v × 255).</summary>
    Eight = 8,

    /// <summary>16 bits per sample (big-endian in the file): value = round(v × 65535).</summary>
    Sixteen = 16,
}
