using SimSid.Dicom.StructuredReport.Triage;

namespace SimSid.Dicom.StructuredReport.Tests;

public sealed class TriageReportBuilderTests
{
    private static readonly DicomTag[] CreationTimeTags =
    [
        DicomTag.InstanceCreationDate, DicomTag.InstanceCreationTime, DicomTag.TimezoneOffsetFromUTC,
        DicomTag.ContentDate, DicomTag.ContentTime,
    ];

    [Fact]
    public void Build_SameInputsAndClock_GivesIdenticalBytes()
    {
        var first = Bytes(Build(new TriageReportOptions(), TriageFixtures.CreatedAt));
        var second = Bytes(Build(new TriageReportOptions(), TriageFixtures.CreatedAt));

        Assert.Equal(first, second);
    }

    [Fact]
    public void Build_SameInputsLaterClock_DiffersOnlyInCreationDateAndTime()
    {
        var first = Build(new TriageReportOptions(), TriageFixtures.CreatedAt);
        var later = Build(new TriageReportOptions(), TriageFixtures.CreatedAt.AddDays(3).AddHours(5).ToOffset(TimeSpan.FromHours(1)));
        Assert.NotEqual(Bytes(first), Bytes(later));

        foreach (var tag in CreationTimeTags)
        {
            Assert.True(first.Remove(tag), $"{tag} missing");
            Assert.True(later.Remove(tag), $"{tag} missing");
        }

        Assert.Equal(Bytes(first), Bytes(later));
    }

    [Fact]
    public void Build_TimeProvider_WritesContentDateTimeInItsZone()
    {
        var clock = new FixedClock(new DateTimeOffset(2026, 11, 29, 7, 8, 9, TimeSpan.Zero));
        var sources = SourceImages.Study(1);

        var dataset = new TriageReportBuilder(TriageFixtures.Model()).Build(sources, TriageFixtures.Scores(sources), clock).ToDataset();

        Assert.Equal("20261129", dataset.GetString(DicomTag.ContentDate));
        Assert.StartsWith("070809", dataset.GetString(DicomTag.ContentTime), StringComparison.Ordinal);
        Assert.Equal("+0000", dataset.GetString(DicomTag.TimezoneOffsetFromUTC));
    }

    [Fact]
    public void Build_StudyAndDevice_DerivesStableUidsPerRevision()
    {
        var first = Build(new TriageReportOptions { Revision = 1 }, TriageFixtures.CreatedAt);
        var again = Build(new TriageReportOptions { Revision = 1 }, TriageFixtures.CreatedAt.AddHours(1));
        var second = Build(new TriageReportOptions { Revision = 2 }, TriageFixtures.CreatedAt);

        Assert.Equal(first.GetString(DicomTag.SOPInstanceUID), again.GetString(DicomTag.SOPInstanceUID));
        Assert.NotEqual(first.GetString(DicomTag.SOPInstanceUID), second.GetString(DicomTag.SOPInstanceUID));
        Assert.Equal(first.GetString(DicomTag.SeriesInstanceUID), second.GetString(DicomTag.SeriesInstanceUID));
        Assert.NotEqual(first.GetString(DicomTag.SeriesInstanceUID), first.GetString(DicomTag.SOPInstanceUID));
        Assert.StartsWith("2.25.", first.GetString(DicomTag.SOPInstanceUID), StringComparison.Ordinal);
        Assert.True(DicomUid.IsValid(first.GetString(DicomTag.SOPInstanceUID)));
        Assert.Equal(
            TriageUids.ReportInstance(SourceImages.StudyInstanceUid, TriageFixtures.DeviceUid, 1),
            first.GetString(DicomTag.SOPInstanceUID));
    }

    [Fact]
    public void Build_OtherDeviceUid_GivesOtherUids()
    {
        var sources = SourceImages.Study(1);
        var otherModel = new TriageModelInfo("SimSID", "2026-11-29.1", "2.25.1234567890123456789", 0.5);

        var mine = Build(new TriageReportOptions(), TriageFixtures.CreatedAt);
        var theirs = new TriageReportBuilder(otherModel).Build(sources, TriageFixtures.Scores(sources), TriageFixtures.CreatedAt).ToDataset();

        Assert.NotEqual(mine.GetString(DicomTag.SOPInstanceUID), theirs.GetString(DicomTag.SOPInstanceUID));
        Assert.NotEqual(mine.GetString(DicomTag.SeriesInstanceUID), theirs.GetString(DicomTag.SeriesInstanceUID));
    }

    [Fact]
    public void Build_FirstRevision_HasNoPredecessor()
    {
        var dataset = Build(new TriageReportOptions(), TriageFixtures.CreatedAt);

        Assert.False(dataset.Contains(DicomTag.PredecessorDocumentsSequence));
        Assert.Equal("1", dataset.GetString(DicomTag.InstanceNumber));
    }

    [Fact]
    public void Build_SecondRevision_ListsFirstRevisionAsPredecessor()
    {
        var first = Build(new TriageReportOptions { Revision = 1 }, TriageFixtures.CreatedAt);
        var second = Build(new TriageReportOptions { Revision = 2 }, TriageFixtures.CreatedAt);

        var study = Assert.Single(second.GetSequence(DicomTag.PredecessorDocumentsSequence)!.Items);
        Assert.Equal(SourceImages.StudyInstanceUid, study.GetString(DicomTag.StudyInstanceUID));
        var series = Assert.Single(study.GetSequence(DicomTag.ReferencedSeriesSequence)!.Items);
        Assert.Equal(first.GetString(DicomTag.SeriesInstanceUID), series.GetString(DicomTag.SeriesInstanceUID));
        var sop = Assert.Single(series.GetSequence(DicomTag.ReferencedSOPSequence)!.Items);
        Assert.Equal(first.GetString(DicomTag.SOPInstanceUID), sop.GetString(DicomTag.ReferencedSOPInstanceUID));
        Assert.Equal(first.GetString(DicomTag.SOPClassUID), sop.GetString(DicomTag.ReferencedSOPClassUID));
        Assert.Equal("2", second.GetString(DicomTag.InstanceNumber));
    }

    [Fact]
    public void Build_Sources_CopiesPatientAndStudyAndStartsOwnSeries()
    {
        var dataset = Build(new TriageReportOptions { SeriesNumber = 9950 }, TriageFixtures.CreatedAt);

        Assert.Equal("ISO_IR 192", dataset.GetString(DicomTag.SpecificCharacterSet));
        Assert.Equal("Müller^Jörg", dataset.GetString(DicomTag.PatientName));
        Assert.Equal("SYN-0001", dataset.GetString(DicomTag.PatientID));
        Assert.Equal(SourceImages.StudyInstanceUid, dataset.GetString(DicomTag.StudyInstanceUID));
        Assert.Equal("ACC0001", dataset.GetString(DicomTag.AccessionNumber));
        Assert.Equal("SR", dataset.GetString(DicomTag.Modality));
        Assert.Equal("9950", dataset.GetString(DicomTag.SeriesNumber));
        Assert.Equal(TriageReportOptions.DefaultSeriesDescription, dataset.GetString(DicomTag.SeriesDescription));
        Assert.NotEqual(SourceImages.SeriesInstanceUid, dataset.GetString(DicomTag.SeriesInstanceUID));
    }

    [Fact]
    public void Build_Flags_AreMachineOutputFlags()
    {
        var dataset = Build(new TriageReportOptions(), TriageFixtures.CreatedAt);

        Assert.Equal("UNVERIFIED", dataset.GetString(DicomTag.VerificationFlag));
        Assert.Equal("PRELIMINARY", dataset.GetString(DicomTag.PreliminaryFlag));
        Assert.Equal("COMPLETE", dataset.GetString(DicomTag.CompletionFlag));
    }

    [Fact]
    public void Build_OneSourceNotScored_IsPartialButListsEveryImageAsEvidence()
    {
        var sources = SourceImages.Study(3);
        var scores = new TriageResult([.. TriageFixtures.Scores(sources).Images.Take(2)]);

        var dataset = new TriageReportBuilder(TriageFixtures.Model()).Build(sources, scores, TriageFixtures.CreatedAt).ToDataset();

        Assert.Equal("PARTIAL", dataset.GetString(DicomTag.CompletionFlag));
        Assert.Equal(2, ContentTree.Find(dataset, "125007").Count);
        var study = Assert.Single(dataset.GetSequence(DicomTag.CurrentRequestedProcedureEvidenceSequence)!.Items);
        var series = Assert.Single(study.GetSequence(DicomTag.ReferencedSeriesSequence)!.Items);
        Assert.Equal(
            [SourceImages.SopInstanceUid(1), SourceImages.SopInstanceUid(2), SourceImages.SopInstanceUid(3)],
            series.GetSequence(DicomTag.ReferencedSOPSequence)!.Items.Select(i => i.GetString(DicomTag.ReferencedSOPInstanceUID)));
    }

    [Fact]
    public void Build_FlaggedImage_GroupHoldsSourceScoreAbnormalAndSignificant()
    {
        var dataset = Build(new TriageReportOptions(), TriageFixtures.CreatedAt);

        var group = ContentTree.Find(dataset, "125007")[0];
        var image = ContentTree.Sole(group, "260753009");
        Assert.Equal(SourceImages.SopInstanceUid(1), image.GetSequence(DicomTag.ReferencedSOPSequence)!.Items[0].GetString(DicomTag.ReferencedSOPInstanceUID));
        var score = ContentTree.Sole(group, "ANOMALY_SCORE");
        var measured = score.GetSequence(DicomTag.MeasuredValueSequence)!.Items[0];
        Assert.Equal("0.83", measured.GetString(DicomTag.NumericValue));
        Assert.Equal("1", measured.GetSequence(DicomTag.MeasurementUnitsCodeSequence)!.Items[0].GetString(DicomTag.CodeValue));
        Assert.Equal("263654008", ContentTree.CodeValueOf(ContentTree.Sole(group, "121402")));
        Assert.Equal("386134007", ContentTree.CodeValueOf(ContentTree.Sole(group, "121403")));
        Assert.Equal("SimSID", ContentTree.Sole(score, "111001").GetString(DicomTag.TextValue));
        Assert.Equal("threshold=0.5", ContentTree.Sole(score, "111002").GetString(DicomTag.TextValue));
    }

    [Fact]
    public void Build_UnflaggedImage_IsNormalAndNotSignificant()
    {
        var dataset = Build(new TriageReportOptions(), TriageFixtures.CreatedAt);

        var group = ContentTree.Find(dataset, "125007")[1];
        Assert.Equal("17621005", ContentTree.CodeValueOf(ContentTree.Sole(group, "121402")));
        Assert.Equal("371928007", ContentTree.CodeValueOf(ContentTree.Sole(group, "121403")));
    }

    [Fact]
    public void Build_Model_IsDeclaredAsContributingEquipmentAndPrivateScheme()
    {
        var dataset = Build(new TriageReportOptions(), TriageFixtures.CreatedAt);

        var equipment = Assert.Single(dataset.GetSequence(DicomTag.ContributingEquipmentSequence)!.Items);
        Assert.Equal("SimSID", equipment.GetString(DicomTag.ManufacturerModelName));
        Assert.Equal("2026-11-28.1", equipment.GetString(DicomTag.SoftwareVersions));
        Assert.Equal(TriageFixtures.DeviceUid, equipment.GetString(DicomTag.DeviceUID));
        Assert.Equal("109102", equipment.GetSequence(DicomTag.PurposeOfReferenceCodeSequence)!.Items[0].GetString(DicomTag.CodeValue));
        var scheme = Assert.Single(dataset.GetSequence(DicomTag.CodingSchemeIdentificationSequence)!.Items);
        Assert.Equal("99SIMSID", scheme.GetString(DicomTag.CodingSchemeDesignator));
    }

    [Fact]
    public void Build_SourceWithProcedureCode_ReportsThatProcedure()
    {
        var sources = SourceImages.Study(1);
        sources[0].AddOrUpdate(new DicomSequence(DicomTag.ProcedureCodeSequence, new CodedConcept("RPID16", "RADLEX", "XR CHEST PA").ToDataset()));

        var dataset = new TriageReportBuilder(TriageFixtures.Model()).Build(sources, TriageFixtures.Scores(sources), TriageFixtures.CreatedAt).ToDataset();

        Assert.Equal("RPID16", ContentTree.CodeValueOf(ContentTree.Sole(dataset, "121058")));
    }

    [Theory]
    [InlineData(SrSopClass.Comprehensive3D, "1.2.840.10008.5.1.4.1.1.88.34")]
    [InlineData(SrSopClass.Comprehensive, "1.2.840.10008.5.1.4.1.1.88.33")]
    [InlineData(SrSopClass.Enhanced, "1.2.840.10008.5.1.4.1.1.88.22")]
    public void Build_SopClassOption_SelectsStorageClass(SrSopClass sopClass, string expectedUid)
    {
        var dataset = Build(new TriageReportOptions { SopClass = sopClass }, TriageFixtures.CreatedAt);

        Assert.Equal(expectedUid, dataset.GetString(DicomTag.SOPClassUID));
    }

    private static DicomDataset Build(TriageReportOptions options, DateTimeOffset createdAt)
    {
        var sources = SourceImages.Study(2);
        return new TriageReportBuilder(TriageFixtures.Model(), options).Build(sources, TriageFixtures.Scores(sources), createdAt).ToDataset();
    }

    private static byte[] Bytes(DicomDataset dataset) => DicomDatasetWriter.ToBytes(dataset, DicomTransferSyntax.ExplicitVRLittleEndian);
}
