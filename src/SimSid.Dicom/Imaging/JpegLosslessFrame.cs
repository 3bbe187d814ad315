namespace SimSid.Dicom.Imaging;

/// <summary>A lossless JPEG frame (SOF3 header) and the sample planes its scans fill.</summary>
internal sealed class JpegLosslessFrame(int precision, int width, int height, int[] componentIds)
{
    private int[][]? _planes;

    public int Precision { get; } = precision;

    public int Width { get; } = width;

    public int Height { get; } = height;

    public int[] ComponentIds { get; } = componentIds;

    public int[][] Planes => _planes ??= [.. ComponentIds.Select(_ => new int[Width * Height])];

    public bool Decoded { get; set; }
}
