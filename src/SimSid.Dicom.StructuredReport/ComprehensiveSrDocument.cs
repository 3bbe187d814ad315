namespace SimSid.Dicom.StructuredReport;

/// <summary>
/// A Comprehensive 3D SR (1.2.840.10008.5.1.4.1.1.88.34, the default, IHE AIR's choice) or Comprehensive SR
/// (…88.33) document: the IOD modules of PS3.3 A.35.13 / A.35.3 around a content tree such as TID 1500.
/// </summary>
public sealed class ComprehensiveSrDocument : SrDocument
{
    public ComprehensiveSrDocument(
        IReadOnlyList<DicomDataset> evidence,
        ContainerItem content,
        SrDocumentHeader header,
        bool threeDimensional = true)
        : base(evidence, content, header)
    {
        ThreeDimensional = threeDimensional;
    }

    /// <summary>True for Comprehensive 3D SR (88.34), false for Comprehensive SR (88.33).</summary>
    public bool ThreeDimensional { get; }

    public override string SopClassUid => ThreeDimensional ? DicomUid.Comprehensive3DSRStorage : DicomUid.ComprehensiveSRStorage;

    protected override string Modality => "SR";

    protected override void WriteDocumentModule(DicomDataset dataset)
    {
        WriteInstanceAndContentTime(dataset);
        SrDocumentGeneralModule.Write(dataset, Header, CurrentEvidence, OtherEvidence);
    }
}
