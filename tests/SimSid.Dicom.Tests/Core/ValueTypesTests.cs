using SimSid.Dicom;

namespace SimSid.Dicom.Tests.Core;

public sealed class ValueTypesTests
{
    [Fact]
    public void DicomTag_ToStringAndParse_RoundTrip()
    {
        var tag = new DicomTag(0x7FE0, 0x0010);

        Assert.Equal("(7FE0,0010)", tag.ToString());
        Assert.Equal(tag, DicomTag.Parse("(7fe0,0010)"));
        Assert.Equal(0x7FE00010u, tag.Value);
        Assert.True(new DicomTag(0x0029, 0x1001).IsPrivate);
        Assert.False(DicomTag.PatientName.IsPrivate);
        Assert.True(DicomTag.PatientName < DicomTag.PixelData);
    }

    [Fact]
    public void DicomVR_Codes_LengthFormAndPadding()
    {
        Assert.Same(DicomVR.OB, DicomVR.Parse("OB"));
        Assert.True(DicomVR.UT.HasLongLength);
        Assert.True(DicomVR.UC.HasLongLength);
        Assert.False(DicomVR.LT.HasLongLength);
        Assert.Equal((byte)0, DicomVR.UI.PaddingByte);
        Assert.Equal((byte)' ', DicomVR.PN.PaddingByte);
        Assert.Equal(2, DicomVR.OW.UnitSize);
        Assert.False(DicomVR.TryParse("XX", out _));
        Assert.Equal(34, DicomVR.All.Count);
    }

    [Fact]
    public void DicomElement_NumericStringsAndBinary_Converted()
    {
        var ds = new DicomDataset()
            .AddOrUpdate(DicomTag.ImagePositionPatient, DicomVR.DS, " 1.5", "-2 ", "3e2")
            .AddOrUpdate(DicomTag.InstanceNumber, "12")
            .AddOrUpdate(DicomTag.Rows, (ushort)512)
            .AddOrUpdate(DicomTag.SmallestImagePixelValue, DicomVR.SS, "-3");

        Assert.Equal(3, ((DicomElement)ds[DicomTag.ImagePositionPatient]!).Count);
        Assert.Equal(-2.0, ds.GetValue<double>(DicomTag.ImagePositionPatient, 1));
        Assert.Equal(300.0, ds.GetValue<double>(DicomTag.ImagePositionPatient, 2));
        Assert.Equal(12, ds.GetValue<int>(DicomTag.InstanceNumber));
        Assert.Equal(512, ds.GetValue<int>(DicomTag.Rows));
        Assert.Equal((short)-3, ds.GetValue<short>(DicomTag.SmallestImagePixelValue));
        Assert.Equal("512", ds.GetString(DicomTag.Rows));
        Assert.Equal(7, ds.GetValueOrDefault(DicomTag.Columns, 7));
        Assert.Throws<DicomDataException>(() => ds.GetValue<double>(DicomTag.ImagePositionPatient, 3));
        Assert.Throws<DicomDataException>(() => ds.GetString(DicomTag.Columns));
    }

    [Fact]
    public void GetValue_PaddingOnlyString_NoValues()
    {
        var ds = new DicomDataset().AddOrUpdate(new DicomElement(DicomTag.WindowCenter, DicomVR.DS, "  "u8.ToArray()));

        Assert.Equal(0, ((DicomElement)ds[DicomTag.WindowCenter]!).Count);
        Assert.Equal(40.0, ds.GetValueOrDefault(DicomTag.WindowCenter, 40.0));
        Assert.Throws<DicomDataException>(() => ds.GetValue<double>(DicomTag.WindowCenter));
    }

    [Fact]
    public void DicomDataset_KeptSortedAndCloneIsDeep()
    {
        var ds = new DicomDataset()
            .AddOrUpdate(DicomTag.PatientID, "B")
            .AddOrUpdate(DicomTag.Modality, "CR")
            .AddOrUpdate(new DicomSequence(DicomTag.ReferencedImageSequence, new DicomDataset().AddOrUpdate(DicomTag.ReferencedSOPInstanceUID, "1.2")));
        var clone = ds.Clone();
        clone.GetSequence(DicomTag.ReferencedImageSequence)!.Items.Clear();
        clone.Remove(DicomTag.PatientID);

        Assert.Equal([DicomTag.Modality, DicomTag.ReferencedImageSequence, DicomTag.PatientID], ds.Select(i => i.Tag));
        Assert.Single(ds.GetSequence(DicomTag.ReferencedImageSequence)!.Items);
        Assert.Throws<DicomDataException>(() => ds.Add(DicomElement.FromStrings(DicomTag.Modality, DicomVR.CS, null, "DX")));
    }

    [Theory]
    [InlineData("ISO_IR 100", "M\u00FCller^J\u00F6rg", 11)]
    [InlineData("ISO_IR 192", "M\u00FCller^J\u00F6rg\u4E2D", 16)]
    [InlineData(null, "Smith^John", 10)]
    public void DicomCharacterSet_EncodeDecode_RoundTrip(string? term, string name, int byteCount)
    {
        var ds = new DicomDataset();
        if (term is not null)
        {
            ds.AddOrUpdate(DicomTag.SpecificCharacterSet, DicomVR.CS, term);
        }

        ds.AddOrUpdate(DicomTag.PatientName, name);
        var read = DicomDatasetReader.Read(DicomDatasetWriter.ToBytes(ds, DicomTransferSyntax.ExplicitVRLittleEndian).AsSpan(), DicomTransferSyntax.ExplicitVRLittleEndian);

        Assert.Equal(name, read.GetString(DicomTag.PatientName));
        Assert.Equal(byteCount, ((DicomElement)ds[DicomTag.PatientName]!).Buffer.Span.TrimEnd((byte)' ').Length);
    }

    [Fact]
    public void DicomCharacterSet_Iso2022Escapes_DroppedGracefully()
    {
        var cs = DicomCharacterSet.FromSpecificCharacterSet("\\ISO 2022 IR 100");
        byte[] bytes = [(byte)'A', 0x1B, 0x2D, 0x41, 0xFC, (byte)'B'];

        Assert.True(cs.UsesCodeExtensions);
        Assert.Equal("A\u00FCB", cs.Decode(bytes));
        Assert.Same(DicomCharacterSet.Default, DicomCharacterSet.FromSpecificCharacterSet("ISO_IR 6"));
    }

    [Fact]
    public void DicomUid_GenerateValidateAndName()
    {
        var uid = DicomUid.Generate();
        var rooted = new DicomUidGenerator("1.2.826.0.1.3680043.10.999").Generate();

        Assert.StartsWith("2.25.", uid, StringComparison.Ordinal);
        Assert.True(DicomUid.IsValid(uid));
        Assert.True(DicomUid.IsValid(rooted));
        Assert.StartsWith("1.2.826.0.1.3680043.10.999.", rooted, StringComparison.Ordinal);
        Assert.NotEqual(uid, DicomUid.Generate());
        Assert.Equal(DicomUid.FromName("1.2.3", "report-1"), DicomUid.FromName("1.2.3", "report-1"));
        Assert.NotEqual(DicomUid.FromName("1.2.3", "report-1"), DicomUid.FromName("1.2.3", "report-2"));
        Assert.True(DicomUid.IsValid(DicomUid.FromName(string.Empty, "x")));
        Assert.False(DicomUid.IsValid("1.02.3"));
        Assert.False(DicomUid.IsValid("1..2"));
        Assert.False(DicomUid.IsValid("1.2.a"));
        Assert.False(DicomUid.IsValid(new string('1', 65)));
        Assert.Contains("Verification", DicomUid.GetName(DicomUid.Verification), StringComparison.Ordinal);
        Assert.Equal("1.2.3.4", DicomUid.GetName("1.2.3.4"));
    }

    [Fact]
    public void DicomTransferSyntax_Lookup_KnownAndUnknown()
    {
        Assert.Same(DicomTransferSyntax.JPEGLossless, DicomTransferSyntax.Lookup("1.2.840.10008.1.2.4.57\0"));
        var unknown = DicomTransferSyntax.Lookup("1.2.3.4.5");
        Assert.False(unknown.IsKnown);
        Assert.True(unknown.IsExplicitVR && unknown.IsLittleEndian && unknown.IsEncapsulated);
    }
}
