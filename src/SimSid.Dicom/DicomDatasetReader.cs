using System.IO.Compression;

namespace SimSid.Dicom;

/// <summary>Reads a bare dataset (no preamble or file meta) encoded in a known transfer syntax.</summary>
public static class DicomDatasetReader
{
    /// <summary>Reads from a buffer; little-endian element values are slices of <paramref name="data"/> (no copy).</summary>
    public static DicomDataset Read(ReadOnlyMemory<byte> data, DicomTransferSyntax syntax, DicomReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(syntax);
        options ??= DicomReadOptions.Default;
        if (syntax.IsDeflated)
        {
            data = Inflate(data.Span, 0);
            syntax = DicomTransferSyntax.ExplicitVRLittleEndian;
        }

        return new DicomDatasetParser(data, syntax, options).ReadTopLevel();
    }

    /// <summary>Reads from a span (copied once, since elements keep references to their bytes).</summary>
    public static DicomDataset Read(ReadOnlySpan<byte> data, DicomTransferSyntax syntax, DicomReadOptions? options = null) =>
        Read(new ReadOnlyMemory<byte>(data.ToArray()), syntax, options);

    /// <summary>Reads the rest of a stream.</summary>
    public static DicomDataset Read(Stream stream, DicomTransferSyntax syntax, DicomReadOptions? options = null) =>
        Read(DicomInput.ReadAll(stream), syntax, options);

    /// <summary>Inflates raw deflate data (PS3.5 §A.5), reporting corrupt streams as format errors.</summary>
    internal static ReadOnlyMemory<byte> Inflate(ReadOnlySpan<byte> compressed, long baseOffset)
    {
        using var source = new MemoryStream(compressed.ToArray(), writable: false);
        using var deflate = new DeflateStream(source, CompressionMode.Decompress);
        using var inflated = new MemoryStream(Math.Max(compressed.Length, 1024));
        var chunk = new byte[81920];
        try
        {
            int read;
            while ((read = deflate.Read(chunk)) > 0)
            {
                if (inflated.Length + read > Array.MaxLength)
                {
                    throw new DicomFormatException($"The deflated dataset inflates to more than {Array.MaxLength} bytes", baseOffset, null);
                }

                inflated.Write(chunk, 0, read);
            }
        }
        catch (InvalidDataException ex)
        {
            throw new DicomFormatException("The deflated dataset is corrupt", baseOffset, null, ex);
        }

        return new ReadOnlyMemory<byte>(inflated.GetBuffer(), 0, (int)inflated.Length);
    }
}
