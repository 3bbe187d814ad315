namespace SimSid.Dicom.StructuredReport;

/// <summary>
/// One item of the Coding Scheme Identification Sequence (0008,0110), PS3.3 C.12.1.1.4: declares a coding
/// scheme the document uses that is not in PS3.16 Table 8-1, such as a private "99…" scheme.
/// </summary>
public sealed record CodingSchemeIdentification
{
    public CodingSchemeIdentification(
        string designator,
        string? name = null,
        string? responsibleOrganization = null,
        string? version = null,
        string? uid = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(designator);
        Designator = designator;
        Name = name;
        ResponsibleOrganization = responsibleOrganization;
        Version = version;
        Uid = uid is null ? null : SopInstanceReference.RequireUid(uid, nameof(uid));
    }

    public string Designator { get; }

    public string? Name { get; }

    public string? ResponsibleOrganization { get; }

    public string? Version { get; }

    public string? Uid { get; }

    public DicomDataset ToDataset()
    {
        var item = new DicomDataset();
        item.SetText(DicomTag.CodingSchemeDesignator, DicomVR.SH, Designator);
        item.SetTextIfPresent(DicomTag.CodingSchemeUID, DicomVR.UI, Uid);
        item.SetTextIfPresent(DicomTag.CodingSchemeName, DicomVR.ST, Name);
        item.SetTextIfPresent(DicomTag.CodingSchemeVersion, DicomVR.SH, Version);
        item.SetTextIfPresent(DicomTag.CodingSchemeResponsibleOrganization, DicomVR.ST, ResponsibleOrganization);
        return item;
    }
}
