namespace SimSid.Dicom.StructuredReport;

/// <summary>
/// An Enhanced SR document (1.2.840.10008.5.1.4.1.1.88.22, PS3.3 A.35.2), for PACS that accept neither
/// Comprehensive SR class. The content model here holds no SCOORD/by-reference items, so a TID 1500 tree fits.
/// </summary>
public sealed class EnhancedSrDocument : SrDocument
{
    public EnhancedSrDocument(IReadOnlyList<DicomDataset> evidence, ContainerItem content, SrDocumentHeader header)
        : base(evidence, content, header)
    {
    }

    public override string SopClassUid => DicomUid.EnhancedSRStorage;

    protected override string Modality => "SR";

    protected override void WriteDocumentModule(DicomDataset dataset)
    {
        WriteInstanceAndContentTime(dataset);
        SrDocumentGeneralModule.Write(dataset, Header, CurrentEvidence, OtherEvidence);
    }
}
