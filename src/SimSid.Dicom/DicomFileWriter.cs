using System.Buffers.Binary;

namespace SimSid.Dicom;

/// <summary>Writes a Part 10 file (PS3.10 §7): 128-byte preamble, "DICM", group 0002 with its group length, the dataset.</summary>
internal static class DicomFileWriter
{
    public static void Write(Stream stream, DicomFileMetaInformation meta, DicomDataset dataset)
    {
        var syntax = meta.TransferSyntax;
        if (!syntax.IsLittleEndian)
        {
            throw new DicomUnsupportedTransferSyntaxException(syntax.Uid, "big endian files can be read but not written");
        }

        using var metaBytes = new MemoryStream();
        new DicomDatasetEncoder(metaBytes, explicitVR: true, allowEncapsulated: false).WriteDataset(meta.Dataset, skipMetaGroup: false);

        var target = stream is MemoryStream or BufferedStream ? stream : new BufferedStream(stream, 65536);
        Span<byte> head = stackalloc byte[128 + 4 + 12];
        head.Clear();
        "DICM"u8.CopyTo(head[128..]);
        var groupLength = head[132..];
        BinaryPrimitives.WriteUInt16LittleEndian(groupLength, 0x0002);
        BinaryPrimitives.WriteUInt16LittleEndian(groupLength[2..], 0x0000);
        groupLength[4] = (byte)'U';
        groupLength[5] = (byte)'L';
        BinaryPrimitives.WriteUInt16LittleEndian(groupLength[6..], 4);
        BinaryPrimitives.WriteUInt32LittleEndian(groupLength[8..], (uint)metaBytes.Length);
        target.Write(head);
        target.Write(metaBytes.GetBuffer(), 0, (int)metaBytes.Length);
        target.Flush();
        DicomDatasetWriter.Write(target, dataset, syntax);
        target.Flush();
    }
}
