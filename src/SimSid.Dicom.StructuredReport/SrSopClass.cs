namespace SimSid.Dicom.StructuredReport;

/// <summary>The SR storage SOP classes this library writes TID 1500 documents as.</summary>
public enum SrSopClass
{
    /// <summary>Comprehensive 3D SR Storage (1.2.840.10008.5.1.4.1.1.88.34), the IHE AIR choice.</summary>
    Comprehensive3D,

    /// <summary>Comprehensive SR Storage (1.2.840.10008.5.1.4.1.1.88.33), for PACS that reject 88.34.</summary>
    Comprehensive,

    /// <summary>Enhanced SR Storage (1.2.840.10008.5.1.4.1.1.88.22), for PACS that lag further.</summary>
    Enhanced,
}
