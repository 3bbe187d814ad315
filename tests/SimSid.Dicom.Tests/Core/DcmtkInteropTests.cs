using System.Globalization;
using SimSid.Dicom;
using SimSid.Testing;

namespace SimSid.Dicom.Tests.Core;

/// <summary>Our files checked by dcmtk and dicom3tools, and dcmtk's files read by us.</summary>
public sealed class DcmtkInteropTests
{
    public static TheoryData<string> WritableSyntaxes => RoundTripTests.WritableSyntaxes;

    [Theory]
    [MemberData(nameof(WritableSyntaxes))]
    public void Save_AnySyntax_DcmdumpReadsSameValues(string syntaxUid)
    {
        using var dir = new TempDirectory("core-interop");
        var path = dir.Combine("sc.dcm");
        var ds = CoreTestData.SecondaryCapture();
        new DicomFile(ds, DicomTransferSyntax.Lookup(syntaxUid)).Save(path);

        var dump = Dcmdump.Run(path, strict: true);

        Assert.Equal(syntaxUid, Dcmdump.Value(dump, DicomTag.TransferSyntaxUID));
        foreach (var tag in new[]
        {
            DicomTag.SOPClassUID, DicomTag.SOPInstanceUID, DicomTag.StudyInstanceUID, DicomTag.PatientName,
            DicomTag.Modality, DicomTag.PhotometricInterpretation, DicomTag.ImageComments, DicomTag.ReferencedSOPInstanceUID,
            DicomTag.CodeMeaning,
        })
        {
            Assert.Equal(FindString(ds, tag), Dcmdump.Value(dump, tag));
        }

        foreach (var tag in new[] { DicomTag.Rows, DicomTag.Columns, DicomTag.BitsStored, DicomTag.HighBit })
        {
            Assert.Equal(ds.GetValue<ushort>(tag).ToString(CultureInfo.InvariantCulture), Dcmdump.Value(dump, tag));
        }

        Assert.Matches(@"#\s*6144, 1 PixelData", dump);
    }

    /// <remarks>Debian's dicom3tools build cannot inflate deflated files (it fails on dcmtk's own +td output too), so only these two.</remarks>
    [Theory]
    [InlineData("1.2.840.10008.1.2.1")]
    [InlineData("1.2.840.10008.1.2")]
    public void Save_SecondaryCapture_DciodvfyReportsNoErrors(string syntaxUid)
    {
        using var dir = new TempDirectory("core-interop");
        var path = dir.Combine("sc.dcm");
        new DicomFile(CoreTestData.SecondaryCapture(), DicomTransferSyntax.Lookup(syntaxUid)).Save(path);

        var result = ExternalTool.Run("dciodvfy", path);

        Assert.True(result.ExitCode == 0, $"dciodvfy exited {result.ExitCode}:\n{result.Combined}");
        Assert.DoesNotContain("Error", result.Combined, StringComparison.Ordinal);
    }

    [Fact]
    public void Save_DeflatedSecondaryCapture_DcmtkInflatesAndDciodvfyReportsNoErrors()
    {
        // dciodvfy cannot read deflated files itself, so dcmtk inflates ours first: both must accept it.
        using var dir = new TempDirectory("core-interop");
        var path = dir.Combine("deflated.dcm");
        var inflated = dir.Combine("inflated.dcm");
        new DicomFile(CoreTestData.SecondaryCapture(), DicomTransferSyntax.DeflatedExplicitVRLittleEndian).Save(path);
        ExternalTool.RunChecked("dcmconv", "+te", path, inflated);

        var result = ExternalTool.Run("dciodvfy", inflated);

        Assert.True(result.ExitCode == 0, $"dciodvfy exited {result.ExitCode}:\n{result.Combined}");
        DatasetAssert.Equal(CoreTestData.SecondaryCapture(), DicomFile.Open(inflated).Dataset);
    }

    [Theory]
    [InlineData("+te")]
    [InlineData("+ti")]
    [InlineData("+td")]
    [InlineData("+tb")]
    public void Read_DcmconvOutput_SameValuesAsSource(string option)
    {
        using var dir = new TempDirectory("core-interop");
        var source = dir.Combine("source.dcm");
        var converted = dir.Combine("converted.dcm");
        var original = CoreTestData.SecondaryCapture();
        original.AddOrUpdate(DicomTag.RealWorldValueFirstValueMapped, DicomVR.US, "513");
        original.AddOrUpdate(DicomTag.PixelSpacing, DicomVR.DS, "0.5", "0.25");
        original.AddOrUpdate(new DicomElement(DicomTag.FrameIncrementPointer, DicomVR.AT, new byte[] { 0x18, 0x00, 0x63, 0x10 }));
        original.AddOrUpdate(new DicomElement(DicomTag.ImagerPixelSpacing, DicomVR.DS, "1\\2 "u8.ToArray()));
        original.AddOrUpdate(new DicomElement(new DicomTag(0x0018, 0x9089), DicomVR.FD, BitConverter.GetBytes(-0.125)));
        new DicomFile(original).Save(source);

        ExternalTool.RunChecked("dcmconv", option, source, converted);
        var read = DicomFile.Open(converted);

        var expectedSyntax = option switch
        {
            "+te" => DicomTransferSyntax.ExplicitVRLittleEndian,
            "+ti" => DicomTransferSyntax.ImplicitVRLittleEndian,
            "+td" => DicomTransferSyntax.DeflatedExplicitVRLittleEndian,
            _ => DicomTransferSyntax.ExplicitVRBigEndian,
        };
        Assert.Equal(expectedSyntax, read.Meta.TransferSyntax);
        DatasetAssert.Equal(original, read.Dataset, compareVR: expectedSyntax.IsExplicitVR);
        Assert.Equal(513, read.Dataset.GetValue<int>(DicomTag.RealWorldValueFirstValueMapped));
        Assert.Equal(0.25, read.Dataset.GetValue<double>(DicomTag.PixelSpacing, 1));
        Assert.Equal(DicomTag.FrameTime, read.Dataset.GetValue<DicomTag>(DicomTag.FrameIncrementPointer));
        Assert.Equal(-0.125, read.Dataset.GetValue<double>(new DicomTag(0x0018, 0x9089)));
        Assert.Equal(CoreTestData.Pixels(), ((DicomElement)read.Dataset[DicomTag.PixelData]!).Buffer.ToArray());
    }

    [Fact]
    public void Read_Dump2dcmFile_ValuesAsWritten()
    {
        using var dir = new TempDirectory("core-interop");
        var dumpPath = dir.Combine("in.dump");
        var path = dir.Combine("out.dcm");
        File.WriteAllText(dumpPath, """
            (0008,0005) CS [ISO_IR 100]
            (0008,0016) UI =SecondaryCaptureImageStorage
            (0008,0018) UI [1.2.826.0.1.3680043.10.1.77]
            (0008,0060) CS [OT]
            (0008,1140) SQ (Sequence with undefined length #=2)
            (fffe,e000) na (Item with undefined length #=1)
            (0008,1155) UI [1.2.3.4]
            (fffe,e00d) na (ItemDelimitationItem)
            (fffe,e000) na (Item with undefined length #=1)
            (0008,1155) UI [1.2.3.5]
            (fffe,e00d) na (ItemDelimitationItem)
            (fffe,e0dd) na (SequenceDelimitationItem)
            (0010,0010) PN [M\u00FCller^J\u00F6rg]
            (0020,0013) IS [42]
            (0028,0010) US 3
            (0028,0011) US 2
            (0028,0030) DS [0.5\0.25]
            (7fe0,0010) OW 0001\0002\0003\0004\0005\0006
            """.Replace("\\u00FC", "\u00FC", StringComparison.Ordinal).Replace("\\u00F6", "\u00F6", StringComparison.Ordinal),
            System.Text.Encoding.Latin1);

        ExternalTool.RunChecked("dump2dcm", "--write-xfer-little", dumpPath, path);
        var ds = DicomFile.Open(path).Dataset;

        Assert.Equal("M\u00FCller^J\u00F6rg", ds.GetString(DicomTag.PatientName));
        Assert.Same(DicomCharacterSet.Latin1, ds.CharacterSet);
        Assert.Equal(DicomUid.SecondaryCaptureImageStorage, ds.GetString(DicomTag.SOPClassUID));
        Assert.Equal(42, ds.GetValue<int>(DicomTag.InstanceNumber));
        Assert.Equal((ushort)3, ds.GetValue<ushort>(DicomTag.Rows));
        Assert.Equal(new[] { "0.5", "0.25" }, ds.GetStrings(DicomTag.PixelSpacing));
        var items = ds.GetSequence(DicomTag.ReferencedImageSequence)!.Items;
        Assert.Equal(["1.2.3.4", "1.2.3.5"], items.Select(i => i.GetString(DicomTag.ReferencedSOPInstanceUID)));
        var pixels = (DicomElement)ds[DicomTag.PixelData]!;
        Assert.Equal(6, pixels.Count);
        Assert.Equal((ushort)6, pixels.GetValue<ushort>(5));
    }

    [Fact]
    public void Save_DcmcjpegLosslessFileRewritten_DcmdjpegRestoresPixels()
    {
        using var dir = new TempDirectory("core-interop");
        var source = dir.Combine("source.dcm");
        var compressed = dir.Combine("jpeg.dcm");
        var rewritten = dir.Combine("rewritten.dcm");
        var restored = dir.Combine("restored.dcm");
        new DicomFile(CoreTestData.SecondaryCapture()).Save(source);
        ExternalTool.RunChecked("dcmcjpeg", "+e1", source, compressed);

        var jpeg = DicomFile.Open(compressed);
        Assert.Equal(DicomTransferSyntax.JPEGLosslessSV1, jpeg.Meta.TransferSyntax);
        Assert.NotEmpty(Assert.IsType<DicomFragmentSequence>(jpeg.Dataset[DicomTag.PixelData]).Fragments);
        new DicomFile(jpeg.Dataset, jpeg.Meta.TransferSyntax).Save(rewritten);
        ExternalTool.RunChecked("dcmdjpeg", rewritten, restored);

        var pixels = (DicomElement)DicomFile.Open(restored).Dataset[DicomTag.PixelData]!;
        Assert.Equal(CoreTestData.Pixels(), pixels.Buffer.ToArray());
    }

    private static string FindString(DicomDataset ds, DicomTag tag)
    {
        if (ds.Contains(tag))
        {
            return ds.GetString(tag);
        }

        foreach (var sequence in ds.OfType<DicomSequence>())
        {
            foreach (var item in sequence.Items)
            {
                if (item.Contains(tag))
                {
                    return item.GetString(tag);
                }
            }
        }

        throw new InvalidOperationException($"{tag} not found");
    }
}
