using System.Globalization;

namespace SimSid.Dicom.Imaging;

/// <summary>
/// The Image Pixel module attributes (PS3.3 C.7.6.3) plus the modality and VOI attributes the pipeline needs,
/// read and checked once.
/// </summary>
public sealed class DicomPixelDescription
{
    private DicomPixelDescription()
    {
    }

    public int Rows { get; private init; }

    public int Columns { get; private init; }

    public int SamplesPerPixel { get; private init; }

    public int BitsAllocated { get; private init; }

    public int BitsStored { get; private init; }

    public int HighBit { get; private init; }

    /// <summary>True when Pixel Representation is 1 (two's complement samples).</summary>
    public bool IsSigned { get; private init; }

    /// <summary>Photometric Interpretation, upper case and trimmed (e.g. "MONOCHROME2").</summary>
    public string PhotometricInterpretation { get; private init; } = "MONOCHROME2";

    /// <summary>Planar Configuration: 0 = colour-by-pixel, 1 = colour-by-plane (only meaningful for 3 samples).</summary>
    public int PlanarConfiguration { get; private init; }

    public int NumberOfFrames { get; private init; }

    public double RescaleSlope { get; private init; }

    public double RescaleIntercept { get; private init; }

    /// <summary>Pixel Padding Value (0028,0120) as a stored value, when present; excluded from the automatic window.</summary>
    public int? PixelPaddingValue { get; private init; }

    /// <summary>True for MONOCHROME1: the minimum value is displayed white.</summary>
    public bool IsMonochrome1 => PhotometricInterpretation == "MONOCHROME1";

    /// <summary>Bytes of one native (uncompressed) frame.</summary>
    public long FrameByteLength => (long)Rows * Columns * SamplesPerPixel * (BitsAllocated / 8);

    /// <summary>Reads and validates the attributes; missing or inconsistent values throw <see cref="DicomDataException"/>.</summary>
    public static DicomPixelDescription FromDataset(DicomDataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var rows = Required(dataset, DicomTag.Rows);
        var columns = Required(dataset, DicomTag.Columns);
        var bitsAllocated = Required(dataset, DicomTag.BitsAllocated);
        var bitsStored = dataset.GetValueOrDefault<int>(DicomTag.BitsStored, bitsAllocated);
        var highBit = dataset.GetValueOrDefault<int>(DicomTag.HighBit, bitsStored - 1);
        var samples = dataset.GetValueOrDefault<int>(DicomTag.SamplesPerPixel, 1);
        var representation = dataset.GetValueOrDefault<int>(DicomTag.PixelRepresentation, 0);
        var photometric = (dataset.GetStringOrDefault(DicomTag.PhotometricInterpretation) ?? (samples == 1 ? "MONOCHROME2" : "RGB"))
            .Trim().ToUpperInvariant();
        var frames = dataset.GetValueOrDefault<int>(DicomTag.NumberOfFrames, 1);

        if (rows <= 0 || columns <= 0)
        {
            throw new DicomDataException(rows <= 0 ? DicomTag.Rows : DicomTag.Columns, Invariant($"image size {columns}x{rows} is empty"));
        }

        if (bitsAllocated is not (8 or 16 or 32))
        {
            throw new DicomDataException(DicomTag.BitsAllocated, Invariant($"Bits Allocated {bitsAllocated} is not supported (8, 16 or 32)"));
        }

        if (bitsStored < 1 || bitsStored > bitsAllocated)
        {
            throw new DicomDataException(DicomTag.BitsStored, Invariant($"Bits Stored {bitsStored} does not fit Bits Allocated {bitsAllocated}"));
        }

        if (highBit < bitsStored - 1 || highBit >= bitsAllocated)
        {
            throw new DicomDataException(DicomTag.HighBit, Invariant($"High Bit {highBit} is inconsistent with Bits Stored {bitsStored} / Allocated {bitsAllocated}"));
        }

        if (samples is not (1 or 3))
        {
            throw new DicomDataException(DicomTag.SamplesPerPixel, Invariant($"Samples per Pixel {samples} is not supported (1 or 3)"));
        }

        if (frames < 1)
        {
            frames = 1;
        }

        int? padding = null;
        if (dataset.TryGetItem(DicomTag.PixelPaddingValue, out var paddingItem) && paddingItem is DicomElement paddingElement && paddingElement.Count > 0)
        {
            padding = paddingElement.VR == DicomVR.SS ? paddingElement.GetValue<short>() : paddingElement.GetValue<ushort>();
        }

        return new DicomPixelDescription
        {
            Rows = rows,
            Columns = columns,
            SamplesPerPixel = samples,
            BitsAllocated = bitsAllocated,
            BitsStored = bitsStored,
            HighBit = highBit,
            IsSigned = representation == 1,
            PhotometricInterpretation = photometric,
            PlanarConfiguration = dataset.GetValueOrDefault<int>(DicomTag.PlanarConfiguration, 0),
            NumberOfFrames = frames,
            RescaleSlope = FirstDouble(dataset, DicomTag.RescaleSlope) ?? 1.0,
            RescaleIntercept = FirstDouble(dataset, DicomTag.RescaleIntercept) ?? 0.0,
            PixelPaddingValue = padding,
        };
    }

    /// <summary>The first value of a numeric (DS/FD/...) attribute, or null when absent or empty.</summary>
    internal static double? FirstDouble(DicomDataset dataset, DicomTag tag)
    {
        if (!dataset.TryGetItem(tag, out var item) || item is not DicomElement element || element.Count == 0)
        {
            return null;
        }

        return element.GetValue<double>();
    }

    private static int Required(DicomDataset dataset, DicomTag tag)
    {
        if (!dataset.TryGetItem(tag, out var item) || item is not DicomElement element || element.Count == 0)
        {
            throw new DicomDataException(tag, "required for pixel data but absent or empty");
        }

        return element.GetValue<int>();
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
