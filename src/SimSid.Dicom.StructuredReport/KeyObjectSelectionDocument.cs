namespace SimSid.Dicom.StructuredReport;

/// <summary>
/// A Key Object Selection Document (1.2.840.10008.5.1.4.1.1.88.59, PS3.3 A.35.4) with a TID 2010 content tree:
/// a flag some PACS show, e.g. (113000, DCM, "Of Interest"). Every evidence instance goes to the Current
/// Requested Procedure Evidence Sequence, which the Key Object Document Module requires (Type 1).
/// The header's SR-only fields (flags, predecessors, performed procedure codes) do not apply.
/// </summary>
public sealed class KeyObjectSelectionDocument : SrDocument
{
    public KeyObjectSelectionDocument(IReadOnlyList<DicomDataset> evidence, ContainerItem content, SrDocumentHeader header)
        : base(evidence, content, header)
    {
        if (content.TemplateIdentifier is not null && content.TemplateIdentifier != "2010")
        {
            throw new ArgumentException($"A key object selection follows TID 2010, not TID {content.TemplateIdentifier}.", nameof(content));
        }
    }

    public override string SopClassUid => DicomUid.KeyObjectSelectionDocumentStorage;

    protected override string Modality => "KO";

    protected override void WriteDocumentModule(DicomDataset dataset)
    {
        WriteInstanceAndContentTime(dataset);
        dataset.SetSequence(DicomTag.CurrentRequestedProcedureEvidenceSequence, EvidenceReferences.ToHierarchicalItems(Evidence));
    }
}
