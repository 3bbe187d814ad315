using System.Security.Cryptography.X509Certificates;

namespace SimSid.Dicom.Network.Scp;

/// <summary>Settings of the C-ECHO/C-STORE SCP listener (section <see cref="SectionName"/>).</summary>
public sealed class DicomScpOptions
{
    public const string SectionName = "Dicom:Scp";

    /// <summary>Default SOP classes accepted: CR, DX for presentation and processing, Secondary Capture, Verification.</summary>
    public static readonly IReadOnlyList<string> DefaultSopClasses =
    [
        DicomNetworkUids.Verification,
        "1.2.840.10008.5.1.4.1.1.1", // ComputedRadiographyImageStorage
        "1.2.840.10008.5.1.4.1.1.1.1", // DigitalXRayImageStorageForPresentation
        "1.2.840.10008.5.1.4.1.1.1.1.1", // DigitalXRayImageStorageForProcessing
        "1.2.840.10008.5.1.4.1.1.7", // SecondaryCaptureImageStorage
    ];

    /// <summary>Default transfer syntax preference: the uncompressed ones first, then those stored as received.</summary>
    public static readonly IReadOnlyList<string> DefaultTransferSyntaxes =
    [
        DicomNetworkUids.ExplicitVRLittleEndian,
        DicomNetworkUids.ImplicitVRLittleEndian,
        "1.2.840.10008.1.2.1.99", // DeflatedExplicitVRLittleEndian
        "1.2.840.10008.1.2.2", // ExplicitVRBigEndian (retired, still sent by old modalities)
        "1.2.840.10008.1.2.4.50", // JPEGBaseline8Bit
        "1.2.840.10008.1.2.4.51", // JPEGExtended12Bit
        "1.2.840.10008.1.2.4.57", // JPEGLossless
        "1.2.840.10008.1.2.4.70", // JPEGLosslessSV1
        "1.2.840.10008.1.2.4.80", // JPEGLSLossless
        "1.2.840.10008.1.2.4.81", // JPEGLSNearLossless
        "1.2.840.10008.1.2.4.90", // JPEG2000Lossless
        "1.2.840.10008.1.2.4.91", // JPEG2000
        "1.2.840.10008.1.2.5", // RLELossless
    ];

    /// <summary>Address to bind; "0.0.0.0" for all IPv4 interfaces.</summary>
    public string BindAddress { get; set; } = "0.0.0.0";

    /// <summary>TCP port; 0 picks a free one (read it back from the listener's Port).</summary>
    public int Port { get; set; } = 11112;

    /// <summary>This SCP's AE title.</summary>
    public string AeTitle { get; set; } = "SIMSID";

    /// <summary>Reject associations whose called AE title differs from <see cref="AeTitle"/>.</summary>
    public bool CheckCalledAe { get; set; } = true;

    /// <summary>Calling AE titles allowed, each "AE" or "AE@host"; empty = everybody.</summary>
    public IList<string> AllowedCallingAes { get; } = [];

    /// <summary>Abstract syntaxes accepted; empty means <see cref="DefaultSopClasses"/>.</summary>
    public IList<string> SopClasses { get; } = [];

    /// <summary>Transfer syntaxes accepted in preference order; empty means <see cref="DefaultTransferSyntaxes"/>.</summary>
    public IList<string> TransferSyntaxes { get; } = [];

    /// <summary>Maximum P-DATA-TF length this SCP receives (advertised in the A-ASSOCIATE-AC).</summary>
    public uint MaxPduLength { get; set; } = 256 * 1024;

    /// <summary>Concurrent associations beyond this are rejected (transient, local limit exceeded).</summary>
    public int MaxAssociations { get; set; } = 32;

    /// <summary>ARTIM: time allowed for the A-ASSOCIATE-RQ after connect, and for closing after release/abort.</summary>
    public TimeSpan AssociationRequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>An association with no PDU for this long is aborted.</summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Folder for instances being received (same file system as the final store for atomic renames).</summary>
    public string StagingDirectory { get; set; } = Path.Combine(Path.GetTempPath(), "simsid-incoming");

    /// <summary>Server certificate for DICOM TLS; null = plain TCP.</summary>
    public X509Certificate2? TlsCertificate { get; set; }

    /// <summary>Require (and validate) a client certificate under TLS.</summary>
    public bool RequireClientCertificate { get; set; }

    internal IReadOnlyList<string> EffectiveSopClasses => SopClasses.Count > 0 ? [.. SopClasses] : DefaultSopClasses;

    internal IReadOnlyList<string> EffectiveTransferSyntaxes => TransferSyntaxes.Count > 0 ? [.. TransferSyntaxes] : DefaultTransferSyntaxes;
}
