namespace SimSid.Dicom.StructuredReport;

/// <summary>A UIDREF content item: a UID value (UID (0040,A124), UI).</summary>
public sealed class UidRefItem : ContentItem
{
    public UidRefItem(CodedConcept conceptName, string value, RelationshipType relationship)
        : base(conceptName ?? throw new ArgumentNullException(nameof(conceptName)), relationship)
    {
        Value = SopInstanceReference.RequireUid(value, nameof(value));
    }

    public override string ValueType => "UIDREF";

    public string Value { get; }

    protected override void WriteValue(DicomDataset dataset) => dataset.SetText(DicomTag.UID, DicomVR.UI, Value);
}
