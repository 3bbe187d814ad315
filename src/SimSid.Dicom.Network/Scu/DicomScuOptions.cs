using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace SimSid.Dicom.Network.Scu;

/// <summary>Settings of an SCU association.</summary>
public sealed class DicomScuOptions
{
    public const string SectionName = "Dicom:Pacs";

    public string CallingAe { get; set; } = "SIMSID";

    public string CalledAe { get; set; } = "ANY-SCP";

    /// <summary>Maximum P-DATA-TF length this SCU receives.</summary>
    public uint MaxPduLength { get; set; } = 256 * 1024;

    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>ARTIM for the SCU: time allowed for the A-ASSOCIATE-AC/RJ and for the A-RELEASE-RP.</summary>
    public TimeSpan AssociationTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Time allowed for each DIMSE response; on expiry the association is aborted.</summary>
    public TimeSpan DimseTimeout { get; set; } = TimeSpan.FromSeconds(60);

    public bool UseTls { get; set; }

    /// <summary>Host name checked against the server certificate; defaults to the host connected to.</summary>
    public string? TlsTargetHost { get; set; }

    public X509CertificateCollection? ClientCertificates { get; set; }

    /// <summary>Custom server certificate validation (for private CAs or tests); null = system validation.</summary>
    public RemoteCertificateValidationCallback? ServerCertificateValidation { get; set; }
}
