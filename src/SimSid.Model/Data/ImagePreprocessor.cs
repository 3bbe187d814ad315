using SimSid.Imaging;

namespace SimSid.Model.Data;

/// <summary>Brings any greyscale image to the network's square input: antialiased bicubic resize, values in [0, 1].</summary>
public static class ImagePreprocessor
{
    /// <summary>The default loader for PNG/JPEG; DICOM files need the caller's loader (the model never reads DICOM).</summary>
    public static GrayImage LoadStandardImage(string path)
    {
        var extension = Path.GetExtension(path);
        if (extension.Equals(".dcm", StringComparison.OrdinalIgnoreCase) || extension.Equals(".dicom", StringComparison.OrdinalIgnoreCase))
        {
            throw new NotSupportedException($"{path}: DICOM input needs the DICOM pixel pipeline loader; none was supplied.");
        }

        return ImageFile.Load(path);
    }

    /// <summary>Resizes to <paramref name="size"/> × <paramref name="size"/> (no aspect preservation, as the reference) and clamps to [0, 1].</summary>
    public static float[] Prepare(GrayImage image, int size)
    {
        ArgumentNullException.ThrowIfNull(image);
        return ImageResizer.Resize(image, size, size).Pixels;
    }
}
