using SimSid.Dicom;
using SimSid.Testing;

namespace SimSid.Dicom.Tests.Core;

/// <summary>The real sample files in ../shared/data/dicom (skipped on a fresh clone).</summary>
public sealed class SharedDataTests
{
    [SharedDataFact]
    public void Open_RawImplicitDatasetWithoutMeta_ReadsHeaderAndPixels()
    {
        var file = DicomFile.Open(SharedData.Path("dicom", "CR-MONO1-10-chest.dcm"));

        Assert.False(file.HasPart10Header);
        Assert.Equal(DicomTransferSyntax.ImplicitVRLittleEndian, file.Meta.TransferSyntax);
        var ds = file.Dataset;
        Assert.Equal(DicomUid.ComputedRadiographyImageStorage, ds.GetString(DicomTag.SOPClassUID));
        Assert.Equal("MONOCHROME1", ds.GetString(DicomTag.PhotometricInterpretation));
        Assert.Equal((ushort)440, ds.GetValue<ushort>(DicomTag.Rows));
        Assert.Equal((ushort)440, ds.GetValue<ushort>(DicomTag.Columns));
        Assert.Equal((ushort)10, ds.GetValue<ushort>(DicomTag.BitsStored));
        var pixels = Assert.IsType<DicomElement>(ds[DicomTag.PixelData]);
        Assert.Equal(DicomVR.OW, pixels.VR);
        Assert.Equal(440 * 440 * 2, pixels.Length);
    }

    [SharedDataFact]
    public void Open_RawImplicitDataset_ValuesMatchDcmdump()
    {
        var path = SharedData.Path("dicom", "CR-MONO1-10-chest.dcm");
        var ds = DicomFile.Open(path).Dataset;
        var dump = Dcmdump.Run(path);

        foreach (var tag in new[] { DicomTag.SOPInstanceUID, DicomTag.StudyInstanceUID, DicomTag.Modality, DicomTag.WindowWidth, DicomTag.ViewPosition })
        {
            Assert.Equal(Dcmdump.Value(dump, tag), ds.GetString(tag));
        }
    }

    [SharedDataFact]
    public void Open_Jpeg2000File_EncapsulatedFragments()
    {
        var file = DicomFile.Open(SharedData.Path("dicom", "RG1_J2KI.dcm"));

        Assert.Equal(DicomTransferSyntax.JPEG2000, file.Meta.TransferSyntax);
        var pixels = Assert.IsType<DicomFragmentSequence>(file.Dataset[DicomTag.PixelData]);
        Assert.NotEmpty(pixels.Fragments);
        Assert.Equal((ushort)1955, file.Dataset.GetValue<ushort>(DicomTag.Rows));
        Assert.NotNull(file.Dataset.GetSequence(new DicomTag(0x0008, 0x2112)));
        Assert.Same(DicomCharacterSet.Latin1, file.Dataset.CharacterSet);
    }

    [SharedDataFact]
    public void Open_SiimJpegBaselineFiles_HeadersMatchDcmdump()
    {
        foreach (var name in new[] { "siim_6904_no_pneumothorax.dcm", "siim_6904_FAKE_MONOCHROME1_relabelled.dcm" })
        {
            var path = SharedData.Path("dicom", name);
            var file = DicomFile.Open(path);
            var header = DicomFile.Open(path, new DicomReadOptions { StopBeforePixelData = true });
            var dump = Dcmdump.Run(path);

            Assert.Equal(DicomTransferSyntax.JPEGBaseline8Bit, file.Meta.TransferSyntax);
            Assert.IsType<DicomFragmentSequence>(file.Dataset[DicomTag.PixelData]);
            Assert.False(header.Dataset.Contains(DicomTag.PixelData));
            foreach (var tag in new[] { DicomTag.SOPInstanceUID, DicomTag.PhotometricInterpretation, DicomTag.Rows, DicomTag.Columns, DicomTag.ViewPosition })
            {
                Assert.Equal(Dcmdump.Value(dump, tag), file.Dataset.GetString(tag));
                Assert.Equal(file.Dataset.GetString(tag), header.Dataset.GetString(tag));
            }
        }
    }

    [SharedDataFact]
    public void SaveThenRead_RealFilesRewritten_DcmdumpAgrees()
    {
        using var dir = new TempDirectory("core-shared");
        foreach (var name in new[] { "CR-MONO1-10-chest.dcm", "RG1_J2KI.dcm", "siim_6904_no_pneumothorax.dcm" })
        {
            var original = DicomFile.Open(SharedData.Path("dicom", name));
            var target = dir.Combine(name);
            var syntax = original.Meta.TransferSyntax.IsEncapsulated ? original.Meta.TransferSyntax : DicomTransferSyntax.ExplicitVRLittleEndian;
            new DicomFile(original.Dataset, syntax).Save(target);

            var reread = DicomFile.Open(target);
            var dump = Dcmdump.Run(target, strict: true);

            DatasetAssert.Equal(original.Dataset, reread.Dataset, compareVR: original.Meta.TransferSyntax.IsExplicitVR);
            Assert.Equal(original.Dataset.GetString(DicomTag.SOPInstanceUID), Dcmdump.Value(dump, DicomTag.SOPInstanceUID));
        }
    }
}
