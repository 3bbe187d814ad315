namespace SimSid.Dicom.StructuredReport;

/// <summary>A CODE content item: a coded value (ConceptCodeSequence) for a coded concept name.</summary>
public sealed class CodeItem : ContentItem
{
    public CodeItem(CodedConcept conceptName, CodedConcept value, RelationshipType relationship)
        : base(conceptName ?? throw new ArgumentNullException(nameof(conceptName)), relationship)
    {
        Value = value ?? throw new ArgumentNullException(nameof(value));
    }

    public override string ValueType => "CODE";

    public CodedConcept Value { get; }

    protected override void WriteValue(DicomDataset dataset) =>
        dataset.SetSequence(DicomTag.ConceptCodeSequence, Value.ToDataset());
}
