namespace SimSid.Dicom.StructuredReport.Templates;

/// <summary>
/// TID 300 "Measurement": a CONTAINS NUM item with its units, qualified by the algorithm that produced it
/// (TID 4019, HAS CONCEPT MOD) and optionally inferred from source images (121112, DCM, "Source of Measurement").
/// </summary>
public sealed class Measurement
{
    public Measurement(
        CodedConcept name,
        double value,
        CodedConcept unit,
        AlgorithmIdentification? algorithm = null,
        IReadOnlyList<SopInstanceReference>? sourceImages = null)
    {
        Name = name ?? throw new ArgumentNullException(nameof(name));
        Unit = unit ?? throw new ArgumentNullException(nameof(unit));
        Value = value;
        Algorithm = algorithm;
        SourceImages = sourceImages ?? [];
    }

    public CodedConcept Name { get; }

    public double Value { get; }

    public CodedConcept Unit { get; }

    public AlgorithmIdentification? Algorithm { get; }

    public IReadOnlyList<SopInstanceReference> SourceImages { get; }

    public ContentItem ToContentItem()
    {
        var num = new NumItem(Name, Value, Unit, RelationshipType.Contains);
        if (Algorithm is not null)
        {
            num.AddRange(Algorithm.ToContentItems());
        }

        foreach (var image in SourceImages)
        {
            num.Add(new ImageItem(SrCodes.SourceOfMeasurement, image.SopClassUid, image.SopInstanceUid, RelationshipType.InferredFrom));
        }

        return num;
    }
}
