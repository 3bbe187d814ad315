using System.Globalization;

namespace SimSid.Dicom.Imaging;

/// <summary>
/// Groups the fragments of encapsulated pixel data into frames (PS3.5 §A.4). With a Basic Offset Table, frame
/// f is made of the fragments whose item starts lie in [offset[f], offset[f+1]), offsets counted from the
/// first byte of the first fragment's item tag. Without one: a single-frame image is all fragments; otherwise
/// a frame is a run of fragments ending in a fragment that ends with the JPEG EOI marker (FFD9, possibly
/// followed by one padding byte), or one fragment per frame when the counts match.
/// </summary>
internal static class EncapsulatedFrames
{
    private const int ItemHeaderLength = 8;

    public static ReadOnlyMemory<byte> GetFrame(DicomFragmentSequence pixelData, int frameCount, int frame)
    {
        ArgumentNullException.ThrowIfNull(pixelData);
        var fragments = pixelData.Fragments;
        if (fragments.Count == 0)
        {
            throw new DicomDataException(DicomTag.PixelData, "encapsulated pixel data holds no fragments");
        }

        var runs = Split(pixelData, frameCount);
        if (frame < 0 || frame >= runs.Count)
        {
            throw new DicomDataException(DicomTag.PixelData, string.Create(
                CultureInfo.InvariantCulture, $"frame {frame} requested but the encapsulated pixel data holds {runs.Count} frame(s)"));
        }

        var (first, count) = runs[frame];
        return Concatenate(fragments, first, count);
    }

    /// <summary>The (first fragment, fragment count) of every frame.</summary>
    public static IReadOnlyList<(int First, int Count)> Split(DicomFragmentSequence pixelData, int frameCount)
    {
        var fragments = pixelData.Fragments;
        var offsets = pixelData.GetOffsets();
        if (offsets.Count > 0)
        {
            return SplitByOffsetTable(fragments, offsets);
        }

        if (frameCount <= 1)
        {
            return [(0, fragments.Count)];
        }

        if (fragments.Count == frameCount)
        {
            return [.. Enumerable.Range(0, frameCount).Select(i => (i, 1))];
        }

        var runs = new List<(int, int)>();
        var start = 0;
        for (var i = 0; i < fragments.Count; i++)
        {
            if (EndsWithEndOfImage(fragments[i].Span))
            {
                runs.Add((start, i - start + 1));
                start = i + 1;
            }
        }

        if (start < fragments.Count)
        {
            runs.Add((start, fragments.Count - start));
        }

        return runs;
    }

    private static List<(int, int)> SplitByOffsetTable(IList<ReadOnlyMemory<byte>> fragments, IReadOnlyList<uint> offsets)
    {
        var positions = new long[fragments.Count];
        long position = 0;
        for (var i = 0; i < fragments.Count; i++)
        {
            positions[i] = position;
            position += ItemHeaderLength + fragments[i].Length;
        }

        var runs = new List<(int, int)>(offsets.Count);
        for (var f = 0; f < offsets.Count; f++)
        {
            var begin = Array.IndexOf(positions, (long)offsets[f]);
            if (begin < 0 || (f > 0 && offsets[f] <= offsets[f - 1]))
            {
                throw new DicomDataException(DicomTag.PixelData, string.Create(
                    CultureInfo.InvariantCulture, $"basic offset table entry {f} ({offsets[f]}) does not point at the start of a fragment"));
            }

            var end = fragments.Count;
            if (f + 1 < offsets.Count)
            {
                end = Array.FindIndex(positions, p => p >= offsets[f + 1]);
                end = end < 0 ? fragments.Count : end;
            }

            runs.Add((begin, end - begin));
        }

        return runs;
    }

    private static bool EndsWithEndOfImage(ReadOnlySpan<byte> fragment)
    {
        var n = fragment.Length;
        if (n >= 2 && fragment[n - 2] == 0xFF && fragment[n - 1] == 0xD9)
        {
            return true;
        }

        return n >= 3 && fragment[n - 1] == 0x00 && fragment[n - 3] == 0xFF && fragment[n - 2] == 0xD9;
    }

    private static ReadOnlyMemory<byte> Concatenate(IList<ReadOnlyMemory<byte>> fragments, int first, int count)
    {
        if (count == 1)
        {
            return fragments[first];
        }

        long total = 0;
        for (var i = first; i < first + count; i++)
        {
            total += fragments[i].Length;
        }

        var buffer = new byte[total];
        var offset = 0;
        for (var i = first; i < first + count; i++)
        {
            fragments[i].Span.CopyTo(buffer.AsSpan(offset));
            offset += fragments[i].Length;
        }

        return buffer;
    }
}
