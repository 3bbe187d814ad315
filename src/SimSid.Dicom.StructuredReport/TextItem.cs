namespace SimSid.Dicom.StructuredReport;

/// <summary>A TEXT content item: free text (Text Value (0040,A160), UT).</summary>
public sealed class TextItem : ContentItem
{
    public TextItem(CodedConcept conceptName, string value, RelationshipType relationship)
        : base(conceptName ?? throw new ArgumentNullException(nameof(conceptName)), relationship)
    {
        ArgumentException.ThrowIfNullOrEmpty(value);
        Value = value;
    }

    public override string ValueType => "TEXT";

    public string Value { get; }

    protected override void WriteValue(DicomDataset dataset) => dataset.SetText(DicomTag.TextValue, DicomVR.UT, Value);
}
