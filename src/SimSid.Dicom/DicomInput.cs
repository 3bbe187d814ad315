namespace SimSid.Dicom;

/// <summary>Brings input into one contiguous buffer with a single read where possible.</summary>
internal static class DicomInput
{
    /// <summary>The rest of the stream; a MemoryStream's own buffer is used without copying.</summary>
    public static ReadOnlyMemory<byte> ReadAll(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (stream is MemoryStream memory && memory.TryGetBuffer(out var segment))
        {
            var start = (int)memory.Position;
            memory.Position = memory.Length;
            return segment.AsMemory(start, segment.Count - start);
        }

        if (stream.CanSeek)
        {
            var remaining = stream.Length - stream.Position;
            if (remaining > Array.MaxLength)
            {
                throw new DicomFormatException($"The input is larger than {Array.MaxLength} bytes; split or stream it", stream.Position, null);
            }

            var buffer = new byte[remaining];
            var read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
            return buffer.AsMemory(0, read);
        }

        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return new ReadOnlyMemory<byte>(copy.GetBuffer(), 0, (int)copy.Length);
    }
}
