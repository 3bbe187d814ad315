using SimSid.Dicom;

namespace SimSid.Dicom.Tests.Core;

/// <summary>Bad input gives a specific typed exception naming the offset and tag; never a hang or a huge allocation.</summary>
public sealed class MalformedInputTests
{
    private static readonly string ExplicitLE = DicomTransferSyntax.ExplicitVRLittleEndian.Uid;

    [Fact]
    public void Read_TruncatedFile_FormatExceptionWithOffset()
    {
        var bytes = new DicomFile(CoreTestData.SecondaryCapture()).ToBytes();

        foreach (var cut in new[] { 100, 140, 200, 400, bytes.Length - 4000, bytes.Length - 1 })
        {
            var ex = Assert.Throws<DicomFormatException>(() => DicomFile.Read(bytes.AsMemory(0, cut)));
            Assert.InRange(ex.Offset, 0, cut);
            Assert.Contains("offset", ex.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Read_LengthPastEnd_NamesTagAndOffset()
    {
        var dataset = RawBytes.Explicit(0x0010, 0x0010, "PN", "AB"u8.ToArray(), length: 200);
        var file = RawBytes.Part10(ExplicitLE, dataset);

        var ex = Assert.Throws<DicomFormatException>(() => DicomFile.Read(file));

        Assert.Equal(DicomTag.PatientName, ex.Tag);
        Assert.Equal(file.Length - dataset.Length, ex.Offset);
        Assert.Contains("(0010,0010)", ex.Message, StringComparison.Ordinal);
        Assert.Contains("exceeds", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_AbsurdDefinedLength_FormatExceptionWithoutAllocating()
    {
        var dataset = RawBytes.Explicit(0x7FE0, 0x0010, "OB", [1, 2, 3, 4], length: 0xFFFFFFF0);
        var before = GC.GetAllocatedBytesForCurrentThread();

        var ex = Assert.Throws<DicomFormatException>(() => DicomFile.Read(RawBytes.Part10(ExplicitLE, dataset)));

        Assert.Equal(DicomTag.PixelData, ex.Tag);
        Assert.Contains("4294967280", ex.Message, StringComparison.Ordinal);
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 1_000_000);
    }

    [Fact]
    public void Read_InvalidVRBytes_FormatException()
    {
        var dataset = RawBytes.Explicit(0x0008, 0x0060, "\u0001\u0002", "CR"u8.ToArray());

        var ex = Assert.Throws<DicomFormatException>(() => DicomFile.Read(RawBytes.Part10(ExplicitLE, dataset)));

        Assert.Equal(DicomTag.Modality, ex.Tag);
        Assert.Contains("VR", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_UnknownButWellFormedVR_ReadAsUN()
    {
        byte[] dataset = [.. RawBytes.Explicit(0x0009, 0x1010, "ZZ", [1, 2, 3, 4]), .. RawBytes.Explicit(0x0010, 0x0020, "LO", "ID"u8.ToArray())];

        var ds = DicomFile.Read(RawBytes.Part10(ExplicitLE, dataset)).Dataset;

        Assert.Equal(DicomVR.UN, ds[new DicomTag(0x0009, 0x1010)]!.VR);
        Assert.Equal("ID", ds.GetString(DicomTag.PatientID));
    }

    [Fact]
    public void Read_OddLengths_Tolerated()
    {
        byte[] dataset = [.. RawBytes.Explicit(0x0008, 0x0060, "CS", "CR "u8.ToArray()[..1]), .. RawBytes.Explicit(0x0010, 0x0020, "LO", "ABC"u8.ToArray())];

        var ds = DicomFile.Read(RawBytes.Part10(ExplicitLE, dataset)).Dataset;

        Assert.Equal("C", ds.GetString(DicomTag.Modality));
        Assert.Equal("ABC", ds.GetString(DicomTag.PatientID));
    }

    [Fact]
    public void GetValue_MissingPixelData_DataExceptionNamesTag()
    {
        var ds = DicomFile.Read(RawBytes.Part10(ExplicitLE, RawBytes.Explicit(0x0028, 0x0010, "US", [4, 0]))).Dataset;

        var ex = Assert.Throws<DicomDataException>(() => ds.GetValue<ushort>(DicomTag.PixelData));

        Assert.Equal(DicomTag.PixelData, ex.Tag);
        Assert.Contains("(7FE0,0010)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_UnknownTransferSyntaxWithUnreadableDataset_UnsupportedException()
    {
        var file = RawBytes.Part10("1.2.3.999", [0x08, 0x00, 0x60, 0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06]);

        var ex = Assert.Throws<DicomUnsupportedTransferSyntaxException>(() => DicomFile.Read(file));

        Assert.Equal("1.2.3.999", ex.TransferSyntaxUid);
        Assert.Contains("1.2.3.999", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_UnknownTransferSyntaxWithExplicitDataset_ReadsAndFlagsUnknown()
    {
        var file = DicomFile.Read(RawBytes.Part10("1.2.3.999", RawBytes.Explicit(0x0008, 0x0060, "CS", "CR"u8.ToArray())));

        Assert.False(file.Meta.TransferSyntax.IsKnown);
        Assert.Equal("CR", file.Dataset.GetString(DicomTag.Modality));
    }

    [Fact]
    public void Read_DeeplyNestedSequences_FormatExceptionNotStackOverflow()
    {
        var bytes = new List<byte>();
        for (var i = 0; i < 5000; i++)
        {
            bytes.AddRange(RawBytes.Explicit(0x0040, 0xA730, "SQ", [], length: 0xFFFFFFFF));
            bytes.AddRange(RawBytes.ItemTag(0xE000, 0xFFFFFFFF));
        }

        var ex = Assert.Throws<DicomFormatException>(() => DicomFile.Read(RawBytes.Part10(ExplicitLE, [.. bytes])));

        Assert.Contains("nested", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_SequenceWithoutDelimiterAtEnd_FormatException()
    {
        byte[] dataset = [.. RawBytes.Explicit(0x0008, 0x1140, "SQ", [], length: 0xFFFFFFFF), .. RawBytes.ItemTag(0xE000, 0xFFFFFFFF),
            .. RawBytes.Explicit(0x0008, 0x1155, "UI", "1.2"u8.ToArray().Append((byte)0).ToArray())];

        var ex = Assert.Throws<DicomFormatException>(() => DicomFile.Read(RawBytes.Part10(ExplicitLE, dataset)));

        Assert.Contains("undefined length", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_UndefinedLengthOnUS_FormatException()
    {
        var dataset = RawBytes.Implicit(0x0028, 0x0010, [], length: 0xFFFFFFFF);

        var ex = Assert.Throws<DicomFormatException>(
            () => DicomDatasetReader.Read(dataset.AsSpan(), DicomTransferSyntax.ImplicitVRLittleEndian));

        Assert.Equal(DicomTag.Rows, ex.Tag);
    }

    [Fact]
    public void Read_ItemLengthPastSequenceEnd_FormatException()
    {
        byte[] dataset = [.. RawBytes.Explicit(0x0008, 0x1140, "SQ", [], length: 16), .. RawBytes.ItemTag(0xE000, 1000), .. new byte[8]];

        var ex = Assert.Throws<DicomFormatException>(() => DicomFile.Read(RawBytes.Part10(ExplicitLE, dataset)));

        Assert.Equal(DicomTag.ReferencedImageSequence, ex.Tag);
    }

    [Fact]
    public void Read_NotDicom_FormatException()
    {
        var text = System.Text.Encoding.ASCII.GetBytes("This is a plain text file, not a DICOM file at all. Really.");

        Assert.Throws<DicomFormatException>(() => DicomFile.Read(text));
        Assert.Throws<DicomFormatException>(() => DicomFile.Read(new byte[3]));
    }

    [Fact]
    public void Read_CorruptDeflatedDataset_FormatException()
    {
        var file = RawBytes.Part10(DicomTransferSyntax.DeflatedExplicitVRLittleEndian.Uid, [0xFF, 0xFF, 0xFF, 0xFF, 0x12, 0x34]);

        Assert.Throws<DicomFormatException>(() => DicomFile.Read(file));
    }

    [Fact]
    public void Read_MaxElementLengthExceeded_FormatException()
    {
        var file = RawBytes.Part10(ExplicitLE, RawBytes.Explicit(0x7FE0, 0x0010, "OW", new byte[64]));

        var ex = Assert.Throws<DicomFormatException>(() => DicomFile.Read(file, new DicomReadOptions { MaxElementLength = 32 }));

        Assert.Equal(DicomTag.PixelData, ex.Tag);
    }

    [Theory]
    [InlineData("1.2.840.10008.1.2.1", "1.2.840.10008.1.2")]
    [InlineData("1.2.840.10008.1.2", "1.2.840.10008.1.2.1")]
    public void Read_MetaNamesTheOtherVREncoding_DatasetStillRead(string declared, string actual)
    {
        var original = CoreTestData.SecondaryCapture();
        var file = RawBytes.Part10(declared, DicomDatasetWriter.ToBytes(original, DicomTransferSyntax.Lookup(actual)));

        var ds = DicomFile.Read(file).Dataset;

        DatasetAssert.Equal(original, ds, compareVR: false);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Open_EmptyFile_FormatException(bool headerOnly)
    {
        using var dir = new SimSid.Testing.TempDirectory("core");
        var path = dir.Combine("empty.dcm");
        File.WriteAllBytes(path, []);

        var ex = Assert.Throws<DicomFormatException>(() => DicomFile.Open(path, new DicomReadOptions { StopBeforePixelData = headerOnly }));

        Assert.Equal(0, ex.Offset);
    }

    [Fact]
    public void OpenHeaderOnly_TruncatedInsideHeader_FormatException()
    {
        using var dir = new SimSid.Testing.TempDirectory("core");
        var path = dir.Combine("cut.dcm");
        var bytes = new DicomFile(CoreTestData.SecondaryCapture()).ToBytes();
        File.WriteAllBytes(path, bytes[..400]);

        Assert.Throws<DicomFormatException>(() => DicomFile.Open(path, new DicomReadOptions { StopBeforePixelData = true }));
    }

    [Fact]
    public void Read_TrailingZeroPadding_Tolerated()
    {
        byte[] dataset = [.. RawBytes.Explicit(0x0008, 0x0060, "CS", "CR"u8.ToArray()), 0, 0, 0];

        Assert.Equal("CR", DicomFile.Read(RawBytes.Part10(ExplicitLE, dataset)).Dataset.GetString(DicomTag.Modality));
    }
}
