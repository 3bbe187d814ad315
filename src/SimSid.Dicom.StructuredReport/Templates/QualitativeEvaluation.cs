namespace SimSid.Dicom.StructuredReport.Templates;

/// <summary>
/// A qualitative evaluation row of TID 1501: a CONTAINS CODE item such as Normality (121402, DCM) = Abnormal
/// or Level of Significance (121403, DCM) = Significant.
/// </summary>
public sealed class QualitativeEvaluation
{
    public QualitativeEvaluation(CodedConcept name, CodedConcept value)
    {
        Name = name ?? throw new ArgumentNullException(nameof(name));
        Value = value ?? throw new ArgumentNullException(nameof(value));
    }

    public CodedConcept Name { get; }

    public CodedConcept Value { get; }

    public ContentItem ToContentItem() => new CodeItem(Name, Value, RelationshipType.Contains);
}
