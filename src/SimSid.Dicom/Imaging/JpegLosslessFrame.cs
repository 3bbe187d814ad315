namespace SimSid.Dicom.Imaging;

/// <summary>A lossless JPEG frame (SOF3 header) and the sample planes its scans fill.</summary>
internal sealed class JpegLosslessFrame(int precision, int width, int height, int[] componentIds)
{
    public int Precision { get; } = precision;

    public int Width { get; } = width;

    public int Height { get; } = height;

    public int[] ComponentIds { get; } = componentIds;

    public int[][] Planes { get; } = [.. componentIds.Select(_ => new int[width * height])];

    public bool Decoded { get; set; }
}
