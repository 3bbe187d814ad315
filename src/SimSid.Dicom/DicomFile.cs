namespace SimSid.Dicom;

/// <summary>A DICOM Part 10 file: file meta information plus the dataset.</summary>
public sealed class DicomFile
{
    private const int FirstPrefixBytes = 256 * 1024;

    public DicomFile(DicomDataset dataset, DicomTransferSyntax? syntax = null)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        Dataset = dataset;
        Meta = DicomFileMetaInformation.Create(dataset, syntax ?? DicomTransferSyntax.ExplicitVRLittleEndian);
        HasPart10Header = true;
    }

    internal DicomFile(DicomFileMetaInformation meta, DicomDataset dataset, bool hasPart10Header)
    {
        Meta = meta;
        Dataset = dataset;
        HasPart10Header = hasPart10Header;
    }

    public DicomFileMetaInformation Meta { get; }

    public DicomDataset Dataset { get; }

    /// <summary>False when the input was a raw dataset without preamble and meta (the meta was synthesised).</summary>
    public bool HasPart10Header { get; }

    /// <summary>
    /// Reads a file. The whole file is read once into one buffer and element values are slices of it; with
    /// <see cref="DicomReadOptions.StopBeforePixelData"/> only as much of the file as the header needs is read.
    /// </summary>
    public static DicomFile Open(string path, DicomReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        options ??= DicomReadOptions.Default;
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        var length = stream.Length;
        if (!options.StopBeforePixelData)
        {
            if (length > Array.MaxLength)
            {
                throw new DicomFormatException($"The file is larger than {Array.MaxLength} bytes", 0, null);
            }

            // One uninitialised buffer of the file's size, filled by one sequential read; values are slices of it.
            var whole = GC.AllocateUninitializedArray<byte>((int)length);
            var read = stream.ReadAtLeast(whole, whole.Length, throwOnEndOfStream: false);
            return DicomFileReader.Read(whole.AsMemory(0, read), options);
        }

        var size = (int)Math.Min(length, FirstPrefixBytes);
        var buffer = new byte[size];
        var filled = 0;
        while (true)
        {
            filled += stream.ReadAtLeast(buffer.AsSpan(filled), buffer.Length - filled, throwOnEndOfStream: false);
            var isPrefix = filled < length;
            try
            {
                return DicomFileReader.Read(buffer.AsMemory(0, filled), options, isPrefix);
            }
            catch (DicomNeedMoreDataException) when (isPrefix)
            {
                var larger = new byte[(int)Math.Min(length, Math.Min((long)buffer.Length * 4, Array.MaxLength))];
                buffer.AsSpan(0, filled).CopyTo(larger);
                buffer = larger;
            }
        }
    }

    /// <summary>Reads a file from the current position of a stream to its end.</summary>
    public static DicomFile Read(Stream stream, DicomReadOptions? options = null) =>
        DicomFileReader.Read(DicomInput.ReadAll(stream), options ?? DicomReadOptions.Default);

    /// <summary>Reads a file held in memory; element values are slices of <paramref name="data"/>.</summary>
    public static DicomFile Read(ReadOnlyMemory<byte> data, DicomReadOptions? options = null) =>
        DicomFileReader.Read(data, options ?? DicomReadOptions.Default);

    /// <summary>Writes the file safely: to a temporary file in the same folder, flushed to disk, then renamed over <paramref name="path"/>.</summary>
    public void Save(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var full = Path.GetFullPath(path);
        var temp = Path.Combine(Path.GetDirectoryName(full) ?? ".", $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            {
                Save(stream);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temp, full, overwrite: true);
        }
        catch
        {
            File.Delete(temp);
            throw;
        }
    }

    /// <summary>Writes preamble, meta information and dataset to a stream.</summary>
    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        Meta.SynchroniseWith(Dataset);
        DicomFileWriter.Write(stream, Meta, Dataset);
    }

    /// <summary>The encoded file as bytes.</summary>
    public byte[] ToBytes()
    {
        using var memory = new MemoryStream();
        Save(memory);
        return memory.ToArray();
    }
}
