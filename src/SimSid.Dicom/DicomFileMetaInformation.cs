namespace SimSid.Dicom;

/// <summary>The File Meta Information (group 0002, PS3.10 §7.1), always encoded explicit VR little endian.</summary>
public sealed class DicomFileMetaInformation
{
    /// <summary>Our Implementation Class UID (a fixed 2.25 UUID-derived UID).</summary>
    public const string SimSidImplementationClassUid = "2.25.147690548645828686906090936995789085762";

    /// <summary>Our Implementation Version Name (SH, at most 16 characters).</summary>
    public const string SimSidImplementationVersionName = "SIMSID_1";

    internal static readonly DicomTag FileMetaInformationVersionTag = new(0x0002, 0x0001);
    internal static readonly DicomTag MediaStorageSOPClassUIDTag = new(0x0002, 0x0002);
    internal static readonly DicomTag MediaStorageSOPInstanceUIDTag = new(0x0002, 0x0003);
    internal static readonly DicomTag TransferSyntaxUIDTag = new(0x0002, 0x0010);
    internal static readonly DicomTag ImplementationClassUIDTag = new(0x0002, 0x0012);
    internal static readonly DicomTag ImplementationVersionNameTag = new(0x0002, 0x0013);
    internal static readonly DicomTag SourceApplicationEntityTitleTag = new(0x0002, 0x0016);
    internal static readonly DicomTag SOPClassUIDTag = new(0x0008, 0x0016);
    internal static readonly DicomTag SOPInstanceUIDTag = new(0x0008, 0x0018);

    public DicomFileMetaInformation()
        : this(new DicomDataset())
    {
    }

    /// <summary>Wraps an existing group 0002 dataset (as read from a file).</summary>
    public DicomFileMetaInformation(DicomDataset metaGroup)
    {
        ArgumentNullException.ThrowIfNull(metaGroup);
        Dataset = metaGroup;
        if (!Dataset.Contains(FileMetaInformationVersionTag))
        {
            Dataset.AddOrUpdate(FileMetaInformationVersionTag, DicomVR.OB, new byte[] { 0x00, 0x01 });
        }
    }

    /// <summary>The group 0002 elements (the group length is computed when writing).</summary>
    public DicomDataset Dataset { get; }

    public DicomTransferSyntax TransferSyntax
    {
        get => DicomTransferSyntax.Lookup(Get(TransferSyntaxUIDTag) ?? DicomTransferSyntax.ExplicitVRLittleEndian.Uid);
        set
        {
            ArgumentNullException.ThrowIfNull(value);
            Set(TransferSyntaxUIDTag, DicomVR.UI, value.Uid);
        }
    }

    public string? MediaStorageSOPClassUID
    {
        get => Get(MediaStorageSOPClassUIDTag);
        set => Set(MediaStorageSOPClassUIDTag, DicomVR.UI, value);
    }

    public string? MediaStorageSOPInstanceUID
    {
        get => Get(MediaStorageSOPInstanceUIDTag);
        set => Set(MediaStorageSOPInstanceUIDTag, DicomVR.UI, value);
    }

    public string? ImplementationClassUID
    {
        get => Get(ImplementationClassUIDTag);
        set => Set(ImplementationClassUIDTag, DicomVR.UI, value);
    }

    public string? ImplementationVersionName
    {
        get => Get(ImplementationVersionNameTag);
        set => Set(ImplementationVersionNameTag, DicomVR.SH, value);
    }

    public string? SourceApplicationEntityTitle
    {
        get => Get(SourceApplicationEntityTitleTag);
        set => Set(SourceApplicationEntityTitleTag, DicomVR.AE, value);
    }

    /// <summary>Meta information for writing <paramref name="dataset"/> in transfer syntax <paramref name="syntax"/>.</summary>
    public static DicomFileMetaInformation Create(DicomDataset dataset, DicomTransferSyntax syntax)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(syntax);
        var meta = new DicomFileMetaInformation
        {
            MediaStorageSOPClassUID = dataset.GetStringOrDefault(SOPClassUIDTag),
            MediaStorageSOPInstanceUID = dataset.GetStringOrDefault(SOPInstanceUIDTag),
            TransferSyntax = syntax,
            ImplementationClassUID = SimSidImplementationClassUid,
            ImplementationVersionName = SimSidImplementationVersionName,
        };
        return meta;
    }

    /// <summary>Copies the SOP Class/Instance UIDs from the dataset so the meta never contradicts it.</summary>
    internal void SynchroniseWith(DicomDataset dataset)
    {
        if (dataset.GetStringOrDefault(SOPClassUIDTag) is { Length: > 0 } sopClass)
        {
            MediaStorageSOPClassUID = sopClass;
        }

        if (dataset.GetStringOrDefault(SOPInstanceUIDTag) is { Length: > 0 } sopInstance)
        {
            MediaStorageSOPInstanceUID = sopInstance;
        }

        ImplementationClassUID ??= SimSidImplementationClassUid;
    }

    private string? Get(DicomTag tag) => Dataset.GetStringOrDefault(tag);

    private void Set(DicomTag tag, DicomVR vr, string? value)
    {
        if (value is null)
        {
            Dataset.Remove(tag);
        }
        else
        {
            Dataset.AddOrUpdate(tag, vr, value);
        }
    }
}
