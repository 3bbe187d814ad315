using JpegLibrary;

namespace SimSid.Dicom.Imaging;

/// <summary>
/// Receives decoded 8×8 spatial blocks (or lossless scanline blocks) from JpegLibrary and stores them as
/// integer planes, one per component, clipping blocks that overhang the right or bottom edge.
/// </summary>
internal sealed class JpegSampleWriter : JpegBlockOutputWriter
{
    private readonly int _width;
    private readonly int _height;

    public JpegSampleWriter(int width, int height, int components)
    {
        _width = width;
        _height = height;
        Planes = new int[components][];
        for (var c = 0; c < components; c++)
        {
            Planes[c] = new int[width * height];
        }
    }

    /// <summary>Raw decoded values per component, as the decoder produced them (16-bit, not yet clamped).</summary>
    public int[][] Planes { get; }

    /// <summary>Number of blocks received; zero means the stream had no decodable scan.</summary>
    public long BlocksWritten { get; private set; }

    public override void WriteBlock(ref short blockRef, int componentIndex, int x, int y)
    {
        if ((uint)componentIndex >= (uint)Planes.Length || x >= _width || y >= _height || x < 0 || y < 0)
        {
            return;
        }

        BlocksWritten++;
        var plane = Planes[componentIndex];
        var block = System.Runtime.InteropServices.MemoryMarshal.CreateReadOnlySpan(ref blockRef, 64);
        var columns = Math.Min(8, _width - x);
        var rows = Math.Min(8, _height - y);
        for (var row = 0; row < rows; row++)
        {
            var target = plane.AsSpan(((y + row) * _width) + x, columns);
            var source = block.Slice(row * 8, columns);
            for (var col = 0; col < columns; col++)
            {
                target[col] = source[col];
            }
        }
    }
}
