using System.Collections.Concurrent;

namespace SimSid.Dicom;

/// <summary>A transfer syntax (PS3.5 §10): byte order, VR encoding, compression of the dataset and pixel data.</summary>
public sealed class DicomTransferSyntax
{
    private static readonly ConcurrentDictionary<string, DicomTransferSyntax> Known = new(StringComparer.Ordinal);

    public static readonly DicomTransferSyntax ImplicitVRLittleEndian =
        Register("1.2.840.10008.1.2", "Implicit VR Little Endian", explicitVR: false);

    public static readonly DicomTransferSyntax ExplicitVRLittleEndian =
        Register("1.2.840.10008.1.2.1", "Explicit VR Little Endian");

    public static readonly DicomTransferSyntax DeflatedExplicitVRLittleEndian =
        Register("1.2.840.10008.1.2.1.99", "Deflated Explicit VR Little Endian", deflated: true);

    public static readonly DicomTransferSyntax ExplicitVRBigEndian =
        Register("1.2.840.10008.1.2.2", "Explicit VR Big Endian (Retired)", littleEndian: false);

    public static readonly DicomTransferSyntax JPEGBaseline8Bit =
        Register("1.2.840.10008.1.2.4.50", "JPEG Baseline (Process 1)", encapsulated: true, lossy: true);

    public static readonly DicomTransferSyntax JPEGExtended12Bit =
        Register("1.2.840.10008.1.2.4.51", "JPEG Extended (Process 2 & 4)", encapsulated: true, lossy: true);

    public static readonly DicomTransferSyntax JPEGLossless =
        Register("1.2.840.10008.1.2.4.57", "JPEG Lossless, Non-Hierarchical (Process 14)", encapsulated: true);

    public static readonly DicomTransferSyntax JPEGLosslessSV1 =
        Register("1.2.840.10008.1.2.4.70", "JPEG Lossless, Non-Hierarchical, First-Order Prediction (Process 14 [Selection Value 1])", encapsulated: true);

    public static readonly DicomTransferSyntax JPEGLSLossless =
        Register("1.2.840.10008.1.2.4.80", "JPEG-LS Lossless Image Compression", encapsulated: true);

    public static readonly DicomTransferSyntax JPEGLSNearLossless =
        Register("1.2.840.10008.1.2.4.81", "JPEG-LS Lossy (Near-Lossless) Image Compression", encapsulated: true, lossy: true);

    public static readonly DicomTransferSyntax JPEG2000Lossless =
        Register("1.2.840.10008.1.2.4.90", "JPEG 2000 Image Compression (Lossless Only)", encapsulated: true);

    public static readonly DicomTransferSyntax JPEG2000 =
        Register("1.2.840.10008.1.2.4.91", "JPEG 2000 Image Compression", encapsulated: true, lossy: true);

    public static readonly DicomTransferSyntax RLELossless =
        Register("1.2.840.10008.1.2.5", "RLE Lossless", encapsulated: true);

    private DicomTransferSyntax(string uid, string name, bool explicitVR, bool littleEndian, bool deflated, bool encapsulated, bool lossy, bool known)
    {
        Uid = uid;
        Name = name;
        IsExplicitVR = explicitVR;
        IsLittleEndian = littleEndian;
        IsDeflated = deflated;
        IsEncapsulated = encapsulated;
        IsLossy = lossy;
        IsKnown = known;
    }

    public string Uid { get; }

    public string Name { get; }

    public bool IsExplicitVR { get; }

    public bool IsLittleEndian { get; }

    /// <summary>True when the dataset after the file meta information is deflate-compressed.</summary>
    public bool IsDeflated { get; }

    /// <summary>True when pixel data are encapsulated (compressed fragments).</summary>
    public bool IsEncapsulated { get; }

    public bool IsLossy { get; }

    /// <summary>False for UIDs this library does not know; those are read as explicit VR little endian, encapsulated.</summary>
    public bool IsKnown { get; }

    /// <summary>
    /// The transfer syntax for a UID (trailing NUL/space padding ignored). Unknown UIDs give an instance with
    /// <see cref="IsKnown"/> false, read as explicit VR little endian with encapsulated pixel data.
    /// </summary>
    public static DicomTransferSyntax Lookup(string uid)
    {
        ArgumentNullException.ThrowIfNull(uid);
        var key = uid.Trim().TrimEnd('\0');
        if (Known.TryGetValue(key, out var ts))
        {
            return ts;
        }

        return new DicomTransferSyntax(key, $"Unknown transfer syntax {key}", true, true, false, true, false, known: false);
    }

    public override string ToString() => $"{Name} ({Uid})";

    public override bool Equals(object? obj) => obj is DicomTransferSyntax other && other.Uid == Uid;

    public override int GetHashCode() => Uid.GetHashCode(StringComparison.Ordinal);

    private static DicomTransferSyntax Register(
        string uid, string name, bool explicitVR = true, bool littleEndian = true, bool deflated = false, bool encapsulated = false, bool lossy = false)
    {
        var ts = new DicomTransferSyntax(uid, name, explicitVR, littleEndian, deflated, encapsulated, lossy, known: true);
        Known[uid] = ts;
        return ts;
    }
}
