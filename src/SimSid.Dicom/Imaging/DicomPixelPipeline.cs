using SimSid.Imaging;

namespace SimSid.Dicom.Imaging;

/// <summary>
/// Turns a DICOM image into the grey image the model sees: decode the stored values, apply the modality
/// rescale (Rescale Slope / Intercept), the VOI window (Window Center / Width with its VOI LUT Function,
/// PS3.3 C.11.2.1.2; when absent the 0.5–99.5 % percentile window of the stored values), invert MONOCHROME1
/// so that 1 is always displayed white, and resize.
/// </summary>
/// <remarks>
/// Aspect ratio: with a <c>size</c> the whole image is resized to size × size, stretched, without cropping or
/// padding. That is what the reference model's data loading did to its training images (a plain
/// <c>resize((128, 128))</c> of every file whatever its shape), so a non-square radiograph is seen the same
/// way at inference as in training. The resize is antialiased (see <see cref="ImageResizer"/>).
/// </remarks>
public static class DicomPixelPipeline
{
    private const int MaxLookupTable = 1 << 20;

    /// <summary>Renders frame <paramref name="frame"/> of the dataset; <paramref name="size"/> null keeps the native size.</summary>
    /// <exception cref="DicomUnsupportedTransferSyntaxException">The pixel data is compressed in a syntax we cannot decode.</exception>
    /// <exception cref="DicomDataException">Pixel data or required attributes are missing, inconsistent or corrupt.</exception>
    public static GrayImage ToGrayImage(DicomDataset dataset, int? size, DicomTransferSyntax? transferSyntax = null, int frame = 0)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        if (size is <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(size), size, "the output size must be positive");
        }

        var pixelData = DicomPixelData.Create(dataset, transferSyntax);
        var samples = pixelData.GetFrame(frame);
        var image = Render(samples, pixelData.Description, VoiWindow.FromDataset(dataset));
        return size is int s ? ImageResizer.Resize(image, s, s) : image;
    }

    /// <summary>Renders a file, using the transfer syntax of its meta header.</summary>
    public static GrayImage ToGrayImage(DicomFile file, int? size, int frame = 0)
    {
        ArgumentNullException.ThrowIfNull(file);
        return ToGrayImage(file.Dataset, size, file.Meta.TransferSyntax, frame);
    }

    /// <summary>Maps stored values to display values in [0, 1] (rescale, window, MONOCHROME1 inversion).</summary>
    internal static GrayImage Render(int[] samples, DicomPixelDescription description, VoiWindow? window)
    {
        var slope = description.RescaleSlope;
        var intercept = description.RescaleIntercept;
        var invert = description.IsMonochrome1;
        Func<double, double> voi;
        if (window is not null)
        {
            voi = window.Apply;
        }
        else
        {
            var (lowStored, highStored) = PercentileWindow.Compute(samples, description.PixelPaddingValue);
            var a = (lowStored * slope) + intercept;
            var b = (highStored * slope) + intercept;
            var (low, high) = (Math.Min(a, b), Math.Max(a, b));
            var span = high - low;
            voi = span > 0 ? x => Math.Clamp((x - low) / span, 0.0, 1.0) : _ => 0.0;
        }

        float Map(int stored)
        {
            var y = voi((stored * slope) + intercept);
            return (float)(invert ? 1.0 - y : y);
        }

        var pixels = new float[samples.Length];
        var (min, max) = (samples.Length == 0 ? 0 : samples.Min(), samples.Length == 0 ? 0 : samples.Max());
        if ((long)max - min < MaxLookupTable)
        {
            var table = new float[max - min + 1];
            for (var i = 0; i < table.Length; i++)
            {
                table[i] = Map(i + min);
            }

            for (var i = 0; i < samples.Length; i++)
            {
                pixels[i] = table[samples[i] - min];
            }
        }
        else
        {
            for (var i = 0; i < samples.Length; i++)
            {
                pixels[i] = Map(samples[i]);
            }
        }

        return new GrayImage(description.Columns, description.Rows, pixels);
    }
}
