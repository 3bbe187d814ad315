using SimSid.Dicom;

namespace SimSid.Dicom.Tests.Core;

public sealed class RoundTripTests
{
    public static TheoryData<string> WritableSyntaxes => new()
    {
        DicomTransferSyntax.ExplicitVRLittleEndian.Uid,
        DicomTransferSyntax.ImplicitVRLittleEndian.Uid,
        DicomTransferSyntax.DeflatedExplicitVRLittleEndian.Uid,
    };

    [Theory]
    [MemberData(nameof(WritableSyntaxes))]
    public void SaveThenRead_SecondaryCapture_SameDataset(string syntaxUid)
    {
        var syntax = DicomTransferSyntax.Lookup(syntaxUid);
        var original = CoreTestData.SecondaryCapture();

        var bytes = new DicomFile(original, syntax).ToBytes();
        var read = DicomFile.Read(bytes);

        Assert.Equal(syntax, read.Meta.TransferSyntax);
        Assert.True(read.HasPart10Header);
        DatasetAssert.Equal(original, read.Dataset, compareVR: syntax.IsExplicitVR);
        Assert.Equal(CoreTestData.Rows, read.Dataset.GetValue<ushort>(DicomTag.Rows));
        Assert.Equal("SIMSID^TEST", read.Dataset.GetString(DicomTag.PatientName));
        Assert.Equal(CoreTestData.Pixels(), ((DicomElement)read.Dataset[DicomTag.PixelData]!).Buffer.ToArray());
    }

    [Theory]
    [MemberData(nameof(WritableSyntaxes))]
    public void WriteThenRead_NestedSequences_SameStructure(string syntaxUid)
    {
        var syntax = DicomTransferSyntax.Lookup(syntaxUid);
        var original = CoreTestData.Nested();

        var bytes = DicomDatasetWriter.ToBytes(original, syntax);
        var read = DicomDatasetReader.Read(bytes.AsSpan(), syntax);

        DatasetAssert.Equal(original, read, compareVR: syntax.IsExplicitVR);
        var content = read.GetSequence(DicomTag.ContentSequence)!.Items[0].GetSequence(DicomTag.ContentSequence)!;
        Assert.Equal(2, content.Items.Count);
        Assert.Empty(content.Items[1]);
        Assert.Equal("Inner meaning", content.Items[0].GetSequence(DicomTag.ConceptCodeSequence)!.Items[0].GetString(DicomTag.CodeMeaning));
        Assert.Empty(read.GetSequence(DicomTag.ReferencedImageSequence)!.Items);
    }

    [Fact]
    public void WriteThenRead_EncapsulatedPixelData_FragmentsAndOffsetTablePreserved()
    {
        var ds = CoreTestData.SecondaryCapture();
        var offsets = new byte[] { 0, 0, 0, 0 };
        var fragments = new ReadOnlyMemory<byte>[] { new byte[] { 0xFF, 0xD8, 1, 2, 3 }, new byte[] { 4, 5, 0xFF, 0xD9 } };
        ds.AddOrUpdate(new DicomFragmentSequence(DicomTag.PixelData, DicomVR.OB, offsets, fragments));

        var bytes = new DicomFile(ds, DicomTransferSyntax.JPEGBaseline8Bit).ToBytes();
        var read = DicomFile.Read(bytes);

        var pixels = Assert.IsType<DicomFragmentSequence>(read.Dataset[DicomTag.PixelData]);
        Assert.Equal(offsets, pixels.OffsetTable.ToArray());
        Assert.Equal([0u], pixels.GetOffsets());
        Assert.Equal(new byte[] { 0xFF, 0xD8, 1, 2, 3, 0 }, pixels.Fragments[0].ToArray());
        Assert.Equal(new byte[] { 4, 5, 0xFF, 0xD9 }, pixels.Fragments[1].ToArray());
        Assert.Equal(DicomTransferSyntax.JPEGBaseline8Bit, read.Meta.TransferSyntax);
    }

    [Fact]
    public void Write_EncapsulatedPixelDataInNativeSyntax_Throws()
    {
        var ds = new DicomDataset().AddOrUpdate(new DicomFragmentSequence(DicomTag.PixelData, [new byte[] { 1, 2 }]));

        var ex = Assert.Throws<DicomDataException>(() => DicomDatasetWriter.ToBytes(ds, DicomTransferSyntax.ExplicitVRLittleEndian));
        Assert.Equal(DicomTag.PixelData, ex.Tag);
    }

    [Fact]
    public void Write_BigEndian_ThrowsUnsupported()
    {
        var ex = Assert.Throws<DicomUnsupportedTransferSyntaxException>(
            () => DicomDatasetWriter.ToBytes(new DicomDataset(), DicomTransferSyntax.ExplicitVRBigEndian));
        Assert.Equal(DicomTransferSyntax.ExplicitVRBigEndian.Uid, ex.TransferSyntaxUid);
    }

    [Fact]
    public void Write_OddLengthValues_PaddedToEvenWithVRPadding()
    {
        var ds = new DicomDataset()
            .AddOrUpdate(new DicomElement(DicomTag.SOPInstanceUID, DicomVR.UI, "1.2.3"u8.ToArray()))
            .AddOrUpdate(new DicomElement(DicomTag.PatientName, DicomVR.PN, "ABC"u8.ToArray()))
            .AddOrUpdate(new DicomElement(new DicomTag(0x0009, 0x1001), DicomVR.OB, new byte[] { 7 }));

        var bytes = DicomDatasetWriter.ToBytes(ds, DicomTransferSyntax.ExplicitVRLittleEndian);

        // (0008,0018) UI len 6 "1.2.3\0"; (0009,1001) OB 00 00 len 2 07 00; (0010,0010) PN len 4 "ABC ".
        byte[] expected =
        [
            0x08, 0x00, 0x18, 0x00, (byte)'U', (byte)'I', 6, 0, (byte)'1', (byte)'.', (byte)'2', (byte)'.', (byte)'3', 0,
            0x09, 0x00, 0x01, 0x10, (byte)'O', (byte)'B', 0, 0, 2, 0, 0, 0, 7, 0,
            0x10, 0x00, 0x10, 0x00, (byte)'P', (byte)'N', 4, 0, (byte)'A', (byte)'B', (byte)'C', (byte)' ',
        ];
        Assert.Equal(expected, bytes);
    }

    [Fact]
    public void Write_ShortVRValueOver64KiB_WrittenAsUNAndReadBack()
    {
        var text = new string('A', 70000);
        var ds = new DicomDataset().AddOrUpdate(DicomTag.ImageComments, DicomVR.LT, text);

        var read = DicomDatasetReader.Read(DicomDatasetWriter.ToBytes(ds, DicomTransferSyntax.ExplicitVRLittleEndian).AsSpan(), DicomTransferSyntax.ExplicitVRLittleEndian);

        Assert.Equal(text, read.GetString(DicomTag.ImageComments));
    }

    [Fact]
    public void Open_StopBeforePixelData_HeaderOnly()
    {
        using var dir = new SimSid.Testing.TempDirectory("core");
        var path = dir.Combine("sc.dcm");
        var ds = CoreTestData.SecondaryCapture();
        ds.AddOrUpdate(DicomTag.PixelData, DicomVR.OW, new byte[600_000]);
        new DicomFile(ds).Save(path);

        var header = DicomFile.Open(path, new DicomReadOptions { StopBeforePixelData = true });

        Assert.False(header.Dataset.Contains(DicomTag.PixelData));
        Assert.Equal("MONOCHROME2", header.Dataset.GetString(DicomTag.PhotometricInterpretation));
        Assert.Equal(ds.Count - 1, header.Dataset.Count);
    }

    [Fact]
    public void Save_ToPath_AtomicAndReadable()
    {
        using var dir = new SimSid.Testing.TempDirectory("core");
        var path = dir.Combine("out.dcm");
        File.WriteAllText(path, "old content");

        new DicomFile(CoreTestData.SecondaryCapture()).Save(path);

        Assert.Equal(DicomUid.SecondaryCaptureImageStorage, DicomFile.Open(path).Dataset.GetString(DicomTag.SOPClassUID));
        Assert.Single(Directory.GetFiles(dir.Path));
    }
}
