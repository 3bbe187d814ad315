using System.IO.Compression;

namespace SimSid.Dicom;

/// <summary>Writes a dataset (no preamble or file meta) in a transfer syntax. Big endian is read-only.</summary>
public static class DicomDatasetWriter
{
    public static void Write(Stream stream, DicomDataset dataset, DicomTransferSyntax syntax)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(syntax);
        if (!syntax.IsLittleEndian)
        {
            throw new DicomUnsupportedTransferSyntaxException(syntax.Uid, "big endian datasets can be read but not written");
        }

        if (syntax.IsDeflated)
        {
            using var deflate = new DeflateStream(stream, CompressionLevel.Optimal, leaveOpen: true);
            using var buffered = new BufferedStream(deflate, 65536);
            new DicomDatasetEncoder(buffered, explicitVR: true, allowEncapsulated: false).WriteDataset(dataset, skipMetaGroup: true);
            buffered.Flush();
            return;
        }

        var target = stream is MemoryStream or BufferedStream ? stream : new BufferedStream(stream, 65536);
        new DicomDatasetEncoder(target, syntax.IsExplicitVR, syntax.IsEncapsulated).WriteDataset(dataset, skipMetaGroup: true);
        target.Flush();
    }

    public static byte[] ToBytes(DicomDataset dataset, DicomTransferSyntax syntax)
    {
        using var memory = new MemoryStream();
        Write(memory, dataset, syntax);
        return memory.ToArray();
    }
}
