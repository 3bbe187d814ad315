using SimSid.Dicom.StructuredReport.Templates;

namespace SimSid.Dicom.StructuredReport.Tests;

public sealed class ContentItemTests
{
    private static readonly CodedConcept Score = new("ANOMALY_SCORE", "99SIMSID", "SimSID anomaly score");

    [Fact]
    public void CodedConceptToDataset_ShortValue_WritesCodeValue()
    {
        var item = SrCodes.Abnormal.ToDataset();

        Assert.Equal("263654008", item.GetString(DicomTag.CodeValue));
        Assert.Equal("SCT", item.GetString(DicomTag.CodingSchemeDesignator));
        Assert.Equal("Abnormal", item.GetString(DicomTag.CodeMeaning));
        Assert.False(item.Contains(DicomTag.CodingSchemeVersion));
    }

    [Fact]
    public void CodedConceptToDataset_LongValue_WritesLongCodeValue()
    {
        var item = new CodedConcept("A_CODE_LONGER_THAN_16", "99SIMSID", "Long", "1.0").ToDataset();

        Assert.False(item.Contains(DicomTag.CodeValue));
        Assert.Equal("A_CODE_LONGER_THAN_16", item.GetString(DicomTag.LongCodeValue));
        Assert.Equal("1.0", item.GetString(DicomTag.CodingSchemeVersion));
    }

    [Fact]
    public void CodedConceptToDataset_Urn_WritesUrnCodeValue()
    {
        var item = new CodedConcept("urn:oid:1.2.3", "99SIMSID", "Urn").ToDataset();

        Assert.Equal("urn:oid:1.2.3", item.GetString(DicomTag.URNCodeValue));
    }

    [Fact]
    public void CodedConceptFromDataset_RoundTrips()
    {
        var concept = new CodedConcept("36554-4", "LN", "XR Chest Single view", "2.77");

        Assert.Equal(concept, CodedConcept.FromDataset(concept.ToDataset()));
    }

    [Fact]
    public void CodedConcept_MeaningOver64Characters_Throws() =>
        Assert.Throws<ArgumentException>(() => new CodedConcept("1", "DCM", new string('x', 65)));

    [Fact]
    public void Add_ChildWithoutRelationship_Throws()
    {
        var root = new ContainerItem(SrCodes.ImagingMeasurementReport);

        Assert.Throws<ArgumentException>(() => root.Add(new ContainerItem(SrCodes.ImagingMeasurements)));
    }

    [Fact]
    public void ToDataset_Tree_WritesRelationshipValueTypeConceptAndChildren()
    {
        var root = new ContainerItem(SrCodes.ImagingMeasurementReport, templateIdentifier: "1500");
        root.Add(new TextItem(SrCodes.AlgorithmName, "SimSID", RelationshipType.HasConceptMod));
        root.Add(new UidRefItem(SrCodes.DeviceObserverUid, "2.25.42", RelationshipType.HasObsContext));

        var dataset = root.ToDataset();

        Assert.False(dataset.Contains(DicomTag.RelationshipType));
        Assert.Equal("CONTAINER", dataset.GetString(DicomTag.ValueType));
        Assert.Equal("SEPARATE", dataset.GetString(DicomTag.ContinuityOfContent));
        var template = dataset.GetSequence(DicomTag.ContentTemplateSequence)!.Items[0];
        Assert.Equal("DCMR", template.GetString(DicomTag.MappingResource));
        Assert.Equal("1500", template.GetString(DicomTag.TemplateIdentifier));
        var children = dataset.GetSequence(DicomTag.ContentSequence)!.Items;
        Assert.Equal("HAS CONCEPT MOD", children[0].GetString(DicomTag.RelationshipType));
        Assert.Equal("TEXT", children[0].GetString(DicomTag.ValueType));
        Assert.Equal("SimSID", children[0].GetString(DicomTag.TextValue));
        Assert.Equal("HAS OBS CONTEXT", children[1].GetString(DicomTag.RelationshipType));
        Assert.Equal("2.25.42", children[1].GetString(DicomTag.UID));
    }

    [Fact]
    public void NumItem_ValueExactAsDecimalString_WritesNoFloatingPointValue()
    {
        var measured = MeasuredValue(new NumItem(Score, 0.83, SrCodes.NoUnits, RelationshipType.Contains));

        Assert.Equal("0.83", measured.GetString(DicomTag.NumericValue));
        Assert.False(measured.Contains(DicomTag.FloatingPointValue));
    }

    [Fact]
    public void NumItem_ValueTooPreciseForDecimalString_AddsFloatingPointValue()
    {
        var value = (double)0.83f;

        var measured = MeasuredValue(new NumItem(Score, value, SrCodes.NoUnits, RelationshipType.Contains));

        Assert.True(measured.GetString(DicomTag.NumericValue).Length <= 16);
        Assert.Equal(value, measured.GetValue<double>(DicomTag.FloatingPointValue));
    }

    [Fact]
    public void NumItem_NotFinite_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new NumItem(Score, double.NaN, SrCodes.NoUnits, RelationshipType.Contains));

    [Theory]
    [InlineData(0.83, "0.83")]
    [InlineData(-12.5, "-12.5")]
    [InlineData(1e-20, "1E-20")]
    [InlineData(123456789012345678.0, "1.2345678901E+17")]
    public void DecimalStringFormat_FitsSixteenCharacters(double value, string expected)
    {
        var text = DecimalString.Format(value);

        Assert.Equal(expected, text);
        Assert.True(text.Length <= 16);
    }

    [Fact]
    public void ImageItem_WithFrames_WritesReferencedFrameNumbers()
    {
        var item = new ImageItem(SrCodes.Source, DicomUid.ComputedRadiographyImageStorage, "1.2.3", RelationshipType.Contains, [1, 3]).ToDataset();

        var reference = item.GetSequence(DicomTag.ReferencedSOPSequence)!.Items[0];
        Assert.Equal(["1", "3"], reference.GetStrings(DicomTag.ReferencedFrameNumber));
    }

    [Fact]
    public void ImageItem_InvalidUid_Throws() =>
        Assert.Throws<ArgumentException>(() => new ImageItem(SrCodes.Source, "1.2.abc", "1.2.3", RelationshipType.Contains));

    [Fact]
    public void Document_ImageNotInEvidence_Throws()
    {
        var evidence = SourceImages.Study(1);
        var root = new ContainerItem(SrCodes.ImagingMeasurementReport);
        root.Add(new ImageItem(SrCodes.Source, DicomUid.ComputedRadiographyImageStorage, "1.2.3.999", RelationshipType.Contains));

        var error = Assert.Throws<ArgumentException>(() => new ComprehensiveSrDocument(evidence, root, Header()));

        Assert.Contains("1.2.3.999", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Document_EvidenceFromOtherStudy_GoesToPertinentOtherEvidence()
    {
        var evidence = new[] { SourceImages.ComputedRadiograph(1), SourceImages.ComputedRadiograph(2, "1.2.826.0.1.3680043.10.1137.7") };
        var report = new MeasurementReport(
            new ObserverContext(new DeviceObserverIdentifyingAttributes("2.25.42")),
            [SrCodes.XrChestSingleView],
            []);

        var dataset = new EnhancedSrDocument(evidence, report.ToContentItem(), Header()).ToDataset();

        var current = Assert.Single(dataset.GetSequence(DicomTag.CurrentRequestedProcedureEvidenceSequence)!.Items);
        Assert.Equal(SourceImages.StudyInstanceUid, current.GetString(DicomTag.StudyInstanceUID));
        var other = Assert.Single(dataset.GetSequence(DicomTag.PertinentOtherEvidenceSequence)!.Items);
        Assert.Equal("1.2.826.0.1.3680043.10.1137.7", other.GetString(DicomTag.StudyInstanceUID));
    }

    [Fact]
    public void KeyObjectSelection_ImageItems_HaveNoConceptName()
    {
        var evidence = SourceImages.Study(1);
        var selection = new KeyObjectSelection([SopInstanceReference.FromDataset(evidence[0])], "flagged");

        var dataset = new KeyObjectSelectionDocument(evidence, selection.ToContentItem(), Header()).ToDataset();

        var image = ContentTree.Items(dataset).Single(i => i.GetString(DicomTag.ValueType) == "IMAGE");
        Assert.False(image.Contains(DicomTag.ConceptNameCodeSequence));
        Assert.Equal("2010", dataset.GetSequence(DicomTag.ContentTemplateSequence)!.Items[0].GetString(DicomTag.TemplateIdentifier));
    }

    private static DicomDataset MeasuredValue(NumItem item) => item.ToDataset().GetSequence(DicomTag.MeasuredValueSequence)!.Items[0];

    private static SrDocumentHeader Header() => new()
    {
        SeriesInstanceUid = "2.25.100",
        SopInstanceUid = "2.25.101",
        ContentDateTime = TriageFixtures.CreatedAt,
    };
}
