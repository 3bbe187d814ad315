using SimSid.Dicom.StructuredReport.Triage;

namespace SimSid.Dicom.StructuredReport.Tests;

/// <summary>Bad or unusual inputs to the triage report builder, and the optional Key Object Selection.</summary>
public sealed class TriageReportInputTests
{
    [Fact]
    public void Build_SourcesFromTwoStudies_ThrowsNamingTheImage()
    {
        var sources = new[] { SourceImages.ComputedRadiograph(1), SourceImages.ComputedRadiograph(2, "1.2.826.0.1.3680043.10.1137.9") };

        var error = Assert.Throws<ArgumentException>(() =>
            new TriageReportBuilder(TriageFixtures.Model()).Build(sources, TriageFixtures.Scores(sources), TriageFixtures.CreatedAt));

        Assert.Contains(SourceImages.SopInstanceUid(2), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_ScoreForUnknownImage_Throws()
    {
        var sources = SourceImages.Study(1);
        var scores = new TriageResult([new ImageTriageResult(DicomUid.ComputedRadiographyImageStorage, "1.2.3.4", 0.1, false)]);

        var error = Assert.Throws<ArgumentException>(() =>
            new TriageReportBuilder(TriageFixtures.Model()).Build(sources, scores, TriageFixtures.CreatedAt));

        Assert.Contains("1.2.3.4", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_FlagDisagreesWithThreshold_Throws()
    {
        var sources = SourceImages.Study(1);
        var scores = new TriageResult([new ImageTriageResult(DicomUid.ComputedRadiographyImageStorage, SourceImages.SopInstanceUid(1), 0.9, false)]);

        Assert.Throws<ArgumentException>(() => new TriageReportBuilder(TriageFixtures.Model()).Build(sources, scores, TriageFixtures.CreatedAt));
    }

    [Fact]
    public void Build_SourceWithoutStudyUid_ThrowsNamingTheTag()
    {
        var sources = SourceImages.Study(1);
        sources[0].Remove(DicomTag.StudyInstanceUID);

        var error = Assert.Throws<DicomDataException>(() =>
            new TriageReportBuilder(TriageFixtures.Model()).Build(sources, TriageFixtures.Scores(SourceImages.Study(1)), TriageFixtures.CreatedAt));

        Assert.Equal(DicomTag.StudyInstanceUID, error.Tag);
    }

    [Fact]
    public void Constructor_RevisionZero_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new TriageReportBuilder(TriageFixtures.Model(), new TriageReportOptions { Revision = 0 }));

    [Fact]
    public void Build_ModelVersionLongerThanLo_ThrowsNamingSoftwareVersions()
    {
        var sources = SourceImages.Study(1);
        var model = new TriageModelInfo("SimSID", new string('v', 65), TriageFixtures.DeviceUid, 0.5);
        var report = new TriageReportBuilder(model).Build(sources, TriageFixtures.Scores(sources), TriageFixtures.CreatedAt);

        var error = Assert.Throws<DicomDataException>(report.ToDataset);

        Assert.Equal(DicomTag.SoftwareVersions, error.Tag);
    }

    [Fact]
    public void Build_SourceUidWithLeadingZeroComponent_IsStillReferenced()
    {
        var source = SourceImages.ComputedRadiograph(1);
        const string LegacyUid = "1.2.826.0.1.3680043.10.1137.1.1.2.01";
        source.AddOrUpdate(DicomTag.SOPInstanceUID, DicomVR.UI, LegacyUid);
        var scores = new TriageResult([new ImageTriageResult(DicomUid.ComputedRadiographyImageStorage, LegacyUid, 0.7, true)]);

        var dataset = new TriageReportBuilder(TriageFixtures.Model()).Build([source], scores, TriageFixtures.CreatedAt).ToDataset();

        var image = ContentTree.Sole(dataset, "260753009");
        Assert.Equal(LegacyUid, image.GetSequence(DicomTag.ReferencedSOPSequence)!.Items[0].GetString(DicomTag.ReferencedSOPInstanceUID));
    }

    [Fact]
    public void BuildKeyObjectSelection_TimeProvider_WritesItsTime()
    {
        var sources = SourceImages.Study(1);
        var clock = new FixedClock(new DateTimeOffset(2026, 11, 30, 23, 59, 58, TimeSpan.Zero));

        var kos = new TriageReportBuilder(TriageFixtures.Model()).BuildKeyObjectSelection(sources, TriageFixtures.Scores(sources), clock)!.ToDataset();

        Assert.Equal("20261130", kos.GetString(DicomTag.ContentDate));
        Assert.StartsWith("235958", kos.GetString(DicomTag.ContentTime), StringComparison.Ordinal);
    }

    [Fact]
    public void BuildKeyObjectSelection_NothingFlagged_ReturnsNull()
    {
        var sources = SourceImages.Study(1);
        var scores = new TriageResult([new ImageTriageResult(DicomUid.ComputedRadiographyImageStorage, SourceImages.SopInstanceUid(1), 0.1, false)]);

        Assert.Null(new TriageReportBuilder(TriageFixtures.Model()).BuildKeyObjectSelection(sources, scores, TriageFixtures.CreatedAt));
    }

    [Fact]
    public void BuildKeyObjectSelection_Flagged_SelectsOnlyFlaggedImagesOfInterest()
    {
        var sources = SourceImages.Study(3);

        var kos = new TriageReportBuilder(TriageFixtures.Model())
            .BuildKeyObjectSelection(sources, TriageFixtures.Scores(sources), TriageFixtures.CreatedAt)!.ToDataset();

        Assert.Equal(DicomUid.KeyObjectSelectionDocumentStorage, kos.GetString(DicomTag.SOPClassUID));
        Assert.Equal("KO", kos.GetString(DicomTag.Modality));
        Assert.Equal("113000", kos.GetSequence(DicomTag.ConceptNameCodeSequence)!.Items[0].GetString(DicomTag.CodeValue));
        var images = ContentTree.Items(kos).Where(i => i.GetString(DicomTag.ValueType) == "IMAGE").ToList();
        Assert.Equal(
            [SourceImages.SopInstanceUid(1), SourceImages.SopInstanceUid(3)],
            images.Select(i => i.GetSequence(DicomTag.ReferencedSOPSequence)!.Items[0].GetString(DicomTag.ReferencedSOPInstanceUID)));
        Assert.Contains("not for diagnostic use", ContentTree.Sole(kos, "113012").GetString(DicomTag.TextValue), StringComparison.Ordinal);
    }
}
