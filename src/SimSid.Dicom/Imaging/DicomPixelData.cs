using System.Globalization;

namespace SimSid.Dicom.Imaging;

/// <summary>
/// The pixel data of a dataset, frame by frame, decoded to stored values (one integer per pixel: masked to
/// Bits Stored, sign-extended when Pixel Representation is 1; colour reduced to luma). Native data of any
/// supported transfer syntax and JPEG Baseline (1.2.840.10008.1.2.4.50), JPEG Extended 12-bit (.4.51) and
/// JPEG Lossless (.4.57, .4.70) are decoded; any other encapsulated syntax throws
/// <see cref="DicomUnsupportedTransferSyntaxException"/> naming its UID.
/// </summary>
public sealed class DicomPixelData
{
    private static readonly HashSet<string> DecodableEncapsulated = new(StringComparer.Ordinal)
    {
        "1.2.840.10008.1.2.4.50",
        "1.2.840.10008.1.2.4.51",
        "1.2.840.10008.1.2.4.57",
        "1.2.840.10008.1.2.4.70",
    };

    private readonly DicomItem _pixelItem;

    private DicomPixelData(DicomItem pixelItem, DicomPixelDescription description, string transferSyntaxUid)
    {
        _pixelItem = pixelItem;
        Description = description;
        TransferSyntaxUid = transferSyntaxUid;
    }

    public DicomPixelDescription Description { get; }

    /// <summary>The transfer syntax the pixel data is encoded in (for encapsulated data, its compression).</summary>
    public string TransferSyntaxUid { get; }

    public bool IsEncapsulated => _pixelItem is DicomFragmentSequence;

    public int FrameCount => Description.NumberOfFrames;

    /// <summary>
    /// Locates and checks the pixel data. <paramref name="transferSyntax"/> is the syntax the dataset was read
    /// with; when null it is taken from (0002,0010) if the dataset holds it, else native data is assumed
    /// little endian and encapsulated data is identified from its first bytes.
    /// </summary>
    /// <exception cref="DicomUnsupportedTransferSyntaxException">Encapsulated in a syntax we cannot decode.</exception>
    /// <exception cref="DicomDataException">Pixel Data or a required Image Pixel attribute is missing or inconsistent.</exception>
    public static DicomPixelData Create(DicomDataset dataset, DicomTransferSyntax? transferSyntax = null)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        if (!dataset.TryGetItem(DicomTag.PixelData, out var item))
        {
            throw new DicomDataException(DicomTag.PixelData, "the dataset has no pixel data");
        }

        var uid = transferSyntax?.Uid ?? dataset.GetStringOrDefault(DicomTag.TransferSyntaxUID)?.Trim();
        switch (item)
        {
            case DicomFragmentSequence fragments:
                uid ??= fragments.Fragments.Count > 0 ? EncapsulatedSyntaxSniffer.Guess(fragments.Fragments[0].Span) : null;
                if (uid is null || !DecodableEncapsulated.Contains(uid))
                {
                    throw Unsupported(uid);
                }

                break;
            case DicomElement:
                uid ??= DicomTransferSyntax.ExplicitVRLittleEndian.Uid;
                if (DecodableEncapsulated.Contains(uid))
                {
                    // Some writers store decompressed data but keep the old syntax in the meta header; native is native.
                    uid = DicomTransferSyntax.ExplicitVRLittleEndian.Uid;
                }

                break;
            default:
                throw new DicomDataException(DicomTag.PixelData, "pixel data must be an OB/OW element or encapsulated fragments, not a sequence");
        }

        return new DicomPixelData(item, DicomPixelDescription.FromDataset(dataset), uid);
    }

    /// <summary>Decodes frame <paramref name="frame"/> (0-based) to stored values in row-major order.</summary>
    public int[] GetFrame(int frame)
    {
        if (frame < 0 || frame >= FrameCount)
        {
            throw new ArgumentOutOfRangeException(nameof(frame), frame, string.Create(CultureInfo.InvariantCulture, $"the image has {FrameCount} frame(s)"));
        }

        if (_pixelItem is DicomFragmentSequence fragments)
        {
            var stream = EncapsulatedFrames.GetFrame(fragments, FrameCount, frame);
            return JpegFrameDecoder.Decode(stream, Description, TransferSyntaxUid, frame);
        }

        return NativeSampleReader.ReadFrame(((DicomElement)_pixelItem).Buffer.Span, Description, frame);
    }

    private static DicomUnsupportedTransferSyntaxException Unsupported(string? uid)
    {
        if (uid is null)
        {
            return new DicomUnsupportedTransferSyntaxException(
                "Unsupported transfer syntax: encapsulated pixel data of an unrecognised compression and no transfer syntax UID");
        }

        var syntax = DicomTransferSyntax.Lookup(uid);
        var name = syntax.IsKnown ? syntax.Name : "unknown";
        return new DicomUnsupportedTransferSyntaxException(uid, $"{name}; no decoder is available for its pixel data");
    }
}
