namespace SimSid.Dicom.StructuredReport;

/// <summary>A CONTAINER content item (PS3.3 C.18.8), optionally declaring the template it follows.</summary>
public sealed class ContainerItem : ContentItem
{
    public ContainerItem(
        CodedConcept conceptName,
        RelationshipType? relationship = null,
        ContinuityOfContent continuity = ContinuityOfContent.Separate,
        string? templateIdentifier = null,
        string mappingResource = "DCMR")
        : base(conceptName ?? throw new ArgumentNullException(nameof(conceptName)), relationship)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(mappingResource);
        Continuity = continuity;
        TemplateIdentifier = string.IsNullOrEmpty(templateIdentifier) ? null : templateIdentifier;
        MappingResource = mappingResource;
    }

    public override string ValueType => "CONTAINER";

    public ContinuityOfContent Continuity { get; }

    /// <summary>The TID this container is the root of (ContentTemplateSequence), e.g. "1500"; null when none is declared.</summary>
    public string? TemplateIdentifier { get; }

    /// <summary>The Mapping Resource (0008,0105) of the template, "DCMR" for PS3.16 templates.</summary>
    public string MappingResource { get; }

    protected override void WriteValue(DicomDataset dataset)
    {
        dataset.SetText(DicomTag.ContinuityOfContent, DicomVR.CS, Continuity.ToCode());
        if (TemplateIdentifier is not null)
        {
            var template = new DicomDataset();
            template.SetText(DicomTag.MappingResource, DicomVR.CS, MappingResource);
            template.SetText(DicomTag.TemplateIdentifier, DicomVR.CS, TemplateIdentifier);
            dataset.SetSequence(DicomTag.ContentTemplateSequence, template);
        }
    }
}
