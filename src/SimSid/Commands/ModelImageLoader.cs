using SimSid.Dicom;
using SimSid.Dicom.Imaging;
using SimSid.Imaging;

namespace SimSid.Commands;

/// <summary>
/// The image loader the model verbs hand to SimSid.Model: DICOM files through the DICOM pixel pipeline (rescale,
/// VOI window, MONOCHROME1 inversion), PNG/JPEG through <see cref="ImageFile"/>. The model itself never sees DICOM.
/// </summary>
internal static class ModelImageLoader
{
    public static GrayImage Load(string path)
    {
        if (IsDicom(path))
        {
            try
            {
                return DicomPixelPipeline.ToGrayImage(DicomFile.Open(path), size: null);
            }
            catch (DicomException ex)
            {
                throw new InvalidDataException($"{path}: {ex.Message}", ex);
            }
        }

        return ImageFile.Load(path);
    }

    private static bool IsDicom(string path)
    {
        var extension = Path.GetExtension(path);
        if (extension.Equals(".dcm", StringComparison.OrdinalIgnoreCase) || extension.Equals(".dicom", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        // Part 10 files without an extension: "DICM" after the 128-byte preamble.
        using var stream = File.OpenRead(path);
        Span<byte> header = stackalloc byte[132];
        return stream.Read(header) == 132 && header[128..].SequenceEqual("DICM"u8);
    }
}
