using System.Globalization;

namespace SimSid.Dicom.Imaging;

/// <summary>
/// Reduces three-sample pixels to one grey value: for YBR_FULL the Y sample as is; for RGB the ITU-R BT.601
/// luma 0.299 R + 0.587 G + 0.114 B, rounded. Radiographs are monochrome; this only keeps secondary
/// captures and photographs viewable.
/// </summary>
internal static class Luma
{
    public static int[] FromThreeSamples(int[] samples, int pixels, string photometric, bool planar)
    {
        var result = new int[pixels];
        if (photometric == "YBR_FULL")
        {
            for (var i = 0; i < pixels; i++)
            {
                result[i] = planar ? samples[i] : samples[i * 3];
            }

            return result;
        }

        if (photometric != "RGB")
        {
            throw new DicomDataException(DicomTag.PhotometricInterpretation, string.Create(
                CultureInfo.InvariantCulture, $"{photometric} with 3 samples per pixel is not supported for native pixel data (RGB or YBR_FULL)"));
        }

        for (var i = 0; i < pixels; i++)
        {
            int r, g, b;
            if (planar)
            {
                (r, g, b) = (samples[i], samples[pixels + i], samples[(2 * pixels) + i]);
            }
            else
            {
                (r, g, b) = (samples[i * 3], samples[(i * 3) + 1], samples[(i * 3) + 2]);
            }

            result[i] = (int)Math.Round((0.299 * r) + (0.587 * g) + (0.114 * b));
        }

        return result;
    }
}
