namespace SimSid.Dicom.StructuredReport.Templates;

/// <summary>
/// TID 1501 "Measurement and Qualitative Evaluation Group": a CONTAINS CONTAINER (125007, DCM, "Measurement
/// Group") with its tracking identifier, optional finding type and algorithm, the source images
/// (260753009, SCT, "Source"), the measurements (TID 300) and the qualitative evaluations.
/// </summary>
public sealed class MeasurementGroup
{
    public MeasurementGroup(
        TrackingIdentifier tracking,
        IReadOnlyList<SopInstanceReference> sourceImages,
        IReadOnlyList<Measurement> measurements,
        IReadOnlyList<QualitativeEvaluation>? qualitativeEvaluations = null,
        CodedConcept? findingType = null,
        AlgorithmIdentification? algorithm = null)
    {
        Tracking = tracking ?? throw new ArgumentNullException(nameof(tracking));
        SourceImages = sourceImages ?? throw new ArgumentNullException(nameof(sourceImages));
        Measurements = measurements ?? throw new ArgumentNullException(nameof(measurements));
        QualitativeEvaluations = qualitativeEvaluations ?? [];
        if (Measurements.Count == 0 && QualitativeEvaluations.Count == 0)
        {
            throw new ArgumentException("A measurement group needs at least one measurement or qualitative evaluation.", nameof(measurements));
        }

        FindingType = findingType;
        Algorithm = algorithm;
    }

    public TrackingIdentifier Tracking { get; }

    public IReadOnlyList<SopInstanceReference> SourceImages { get; }

    public IReadOnlyList<Measurement> Measurements { get; }

    public IReadOnlyList<QualitativeEvaluation> QualitativeEvaluations { get; }

    public CodedConcept? FindingType { get; }

    public AlgorithmIdentification? Algorithm { get; }

    public ContentItem ToContentItem()
    {
        var group = new ContainerItem(SrCodes.MeasurementGroup, RelationshipType.Contains, templateIdentifier: "1501");
        group.AddRange(Tracking.ToContentItems());
        if (FindingType is not null)
        {
            group.Add(new CodeItem(SrCodes.Finding, FindingType, RelationshipType.HasConceptMod));
        }

        if (Algorithm is not null)
        {
            group.AddRange(Algorithm.ToContentItems());
        }

        foreach (var image in SourceImages)
        {
            group.Add(new ImageItem(SrCodes.Source, image.SopClassUid, image.SopInstanceUid, RelationshipType.Contains));
        }

        group.AddRange(Measurements.Select(m => m.ToContentItem()));
        group.AddRange(QualitativeEvaluations.Select(q => q.ToContentItem()));
        return group;
    }
}
