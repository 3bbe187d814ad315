using System.Buffers.Binary;
using System.Globalization;

namespace SimSid.Dicom.Tests.Imaging;

/// <summary>Builds small in-memory image datasets with exactly the Image Pixel attributes a test needs.</summary>
internal static class SyntheticImage
{
    public static DicomDataset Words(int columns, int rows, ushort[] containers, int bitsStored = 16, int highBit = -1, bool signed = false, string photometric = "MONOCHROME2")
    {
        var bytes = new byte[containers.Length * 2];
        for (var i = 0; i < containers.Length; i++)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(i * 2), containers[i]);
        }

        return Header(columns, rows, 16, bitsStored, highBit < 0 ? bitsStored - 1 : highBit, signed, photometric)
            .AddOrUpdate(DicomTag.PixelData, DicomVR.OW, bytes);
    }

    public static DicomDataset Bytes(int columns, int rows, byte[] samples, string photometric = "MONOCHROME2") =>
        Header(columns, rows, 8, 8, 7, signed: false, photometric).AddOrUpdate(DicomTag.PixelData, DicomVR.OB, samples);

    public static DicomDataset Encapsulated(int columns, int rows, params byte[][] fragments) =>
        Header(columns, rows, 8, 8, 7, signed: false, "MONOCHROME2")
            .AddOrUpdate(new DicomFragmentSequence(DicomTag.PixelData, fragments.Select(f => (ReadOnlyMemory<byte>)f)));

    public static DicomDataset WithWindow(this DicomDataset dataset, double center, double width, string? function = null)
    {
        dataset.AddOrUpdate(DicomTag.WindowCenter, center.ToString(CultureInfo.InvariantCulture));
        dataset.AddOrUpdate(DicomTag.WindowWidth, width.ToString(CultureInfo.InvariantCulture));
        if (function is not null)
        {
            dataset.AddOrUpdate(DicomTag.VOILUTFunction, function);
        }

        return dataset;
    }

    public static DicomDataset WithRescale(this DicomDataset dataset, double slope, double intercept) =>
        dataset.AddOrUpdate(DicomTag.RescaleSlope, slope.ToString(CultureInfo.InvariantCulture))
            .AddOrUpdate(DicomTag.RescaleIntercept, intercept.ToString(CultureInfo.InvariantCulture));

    private static DicomDataset Header(int columns, int rows, int bitsAllocated, int bitsStored, int highBit, bool signed, string photometric) =>
        new DicomDataset()
            .AddOrUpdate(DicomTag.SamplesPerPixel, (ushort)1)
            .AddOrUpdate(DicomTag.PhotometricInterpretation, photometric)
            .AddOrUpdate(DicomTag.Rows, (ushort)rows)
            .AddOrUpdate(DicomTag.Columns, (ushort)columns)
            .AddOrUpdate(DicomTag.BitsAllocated, (ushort)bitsAllocated)
            .AddOrUpdate(DicomTag.BitsStored, (ushort)bitsStored)
            .AddOrUpdate(DicomTag.HighBit, (ushort)highBit)
            .AddOrUpdate(DicomTag.PixelRepresentation, (ushort)(signed ? 1 : 0));
}
