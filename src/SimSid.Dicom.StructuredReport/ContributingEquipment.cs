namespace SimSid.Dicom.StructuredReport;

/// <summary>
/// One item of the Contributing Equipment Sequence (0018,A001), PS3.3 C.12.1: for an AI result the algorithm
/// (IHE AIR): purpose, manufacturer, model name, software version and the model's Device UID.
/// </summary>
public sealed record ContributingEquipment
{
    public ContributingEquipment(
        string manufacturer,
        string? modelName = null,
        string? softwareVersions = null,
        string? deviceUid = null,
        CodedConcept? purpose = null,
        string? institutionName = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(manufacturer);
        Manufacturer = manufacturer;
        ModelName = modelName;
        SoftwareVersions = softwareVersions;
        DeviceUid = deviceUid is null ? null : SopInstanceReference.RequireUid(deviceUid, nameof(deviceUid));
        Purpose = purpose ?? SrCodes.ProcessingEquipment;
        InstitutionName = institutionName;
    }

    public string Manufacturer { get; }

    public string? ModelName { get; }

    public string? SoftwareVersions { get; }

    public string? DeviceUid { get; }

    /// <summary>Purpose of Reference (CID 7005), (109102, DCM, "Processing Equipment") by default.</summary>
    public CodedConcept Purpose { get; }

    public string? InstitutionName { get; }

    public DicomDataset ToDataset()
    {
        var item = new DicomDataset();
        item.SetText(DicomTag.Manufacturer, DicomVR.LO, Manufacturer);
        item.SetTextIfPresent(DicomTag.InstitutionName, DicomVR.LO, InstitutionName);
        item.SetTextIfPresent(DicomTag.ManufacturerModelName, DicomVR.LO, ModelName);
        item.SetTextIfPresent(DicomTag.SoftwareVersions, DicomVR.LO, SoftwareVersions);
        item.SetTextIfPresent(DicomTag.DeviceUID, DicomVR.UI, DeviceUid);
        item.SetSequence(DicomTag.PurposeOfReferenceCodeSequence, Purpose.ToDataset());
        return item;
    }
}
