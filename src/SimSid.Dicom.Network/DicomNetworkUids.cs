namespace SimSid.Dicom.Network;

/// <summary>The UIDs the upper layer needs without going through the data dictionary.</summary>
public static class DicomNetworkUids
{
    /// <summary>DICOM Application Context Name (PS3.7 Annex A.2.1).</summary>
    public const string ApplicationContext = "1.2.840.10008.3.1.1.1";

    public const string Verification = "1.2.840.10008.1.1";

    public const string ImplicitVRLittleEndian = "1.2.840.10008.1.2";

    public const string ExplicitVRLittleEndian = "1.2.840.10008.1.2.1";

    /// <summary>This implementation's class UID, the same as in the files the core library writes.</summary>
    public const string ImplementationClassUid = DicomFileMetaInformation.SimSidImplementationClassUid;

    /// <summary>This implementation's version name (at most 16 characters).</summary>
    public const string ImplementationVersionName = DicomFileMetaInformation.SimSidImplementationVersionName;
}
