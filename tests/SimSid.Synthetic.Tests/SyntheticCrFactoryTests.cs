using SimSid.Dicom;
using SimSid.Dicom.Imaging;

namespace SimSid.Synthetic.Tests;

public sealed class SyntheticCrFactoryTests
{
    [Fact]
    public void CreateDataset_AnyCase_DescribesAPaChestCr()
    {
        var radiograph = new ChestPhantomGenerator(seed: 7).Generate(7, 64);

        var ds = SyntheticCrFactory.CreateDataset(radiograph);

        Assert.Equal(DicomUid.ComputedRadiographyImageStorage, ds.GetString(DicomTag.SOPClassUID));
        Assert.Equal("CR", ds.GetString(DicomTag.Modality));
        Assert.Equal("PA", ds.GetString(DicomTag.ViewPosition));
        Assert.Equal("CHEST", ds.GetString(DicomTag.BodyPartExamined));
        Assert.Equal("MONOCHROME2", ds.GetString(DicomTag.PhotometricInterpretation));
        Assert.Equal((ushort)64, ds.GetValue<ushort>(DicomTag.Rows));
        Assert.Equal((ushort)64, ds.GetValue<ushort>(DicomTag.Columns));
        Assert.Equal((ushort)16, ds.GetValue<ushort>(DicomTag.BitsAllocated));
        Assert.Equal((ushort)12, ds.GetValue<ushort>(DicomTag.BitsStored));
        Assert.Equal("SYNTHETIC^PATIENT0007", ds.GetString(DicomTag.PatientName));
        Assert.StartsWith("SYNTH-", ds.GetString(DicomTag.PatientID), StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(ds.GetString(DicomTag.AccessionNumber)));
        Assert.Matches("^[0-9]{8}$", ds.GetString(DicomTag.StudyDate));
    }

    [Fact]
    public void CreateDataset_SameCaseTwice_GivesTheSameValidUids()
    {
        var generator = new ChestPhantomGenerator(seed: 3);
        var first = SyntheticCrFactory.CreateDataset(generator.Generate(2, 32));
        var second = SyntheticCrFactory.CreateDataset(generator.Generate(2, 32));

        foreach (var tag in new[] { DicomTag.StudyInstanceUID, DicomTag.SeriesInstanceUID, DicomTag.SOPInstanceUID })
        {
            Assert.True(DicomUid.IsValid(first.GetString(tag)), $"{tag} {first.GetString(tag)}");
            Assert.Equal(first.GetString(tag), second.GetString(tag));
        }
    }

    [Fact]
    public void CreateDataset_DifferentCases_GetDifferentStudiesAndPatients()
    {
        var generator = new ChestPhantomGenerator(seed: 3);
        var datasets = Enumerable.Range(0, 6).Select(i => SyntheticCrFactory.CreateDataset(generator.Generate(i, 32))).ToList();

        Assert.Equal(6, datasets.Select(d => d.GetString(DicomTag.StudyInstanceUID)).Distinct().Count());
        Assert.Equal(6, datasets.Select(d => d.GetString(DicomTag.SOPInstanceUID)).Distinct().Count());
        Assert.Equal(6, datasets.Select(d => d.GetString(DicomTag.PatientID)).Distinct().Count());
        Assert.Equal(6, datasets.Select(d => d.GetString(DicomTag.AccessionNumber)).Distinct().Count());
    }

    [Fact]
    public void CreateDataset_ThroughThePixelPipeline_GivesBackTheGeneratedImage()
    {
        var radiograph = new ChestPhantomGenerator(seed: 5).Generate(1, 48);

        var shown = DicomPixelPipeline.ToGrayImage(SyntheticCrFactory.CreateDataset(radiograph), size: null);

        Assert.Equal(48, shown.Width);
        var worst = radiograph.Image.Pixels.Zip(shown.Pixels, (a, b) => Math.Abs(a - b)).Max();
        Assert.True(worst <= 1.5f / 4095, $"largest difference {worst}");
    }
}
