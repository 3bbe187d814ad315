namespace SimSid.Dicom.Imaging;

/// <summary>
/// A VOI window from Window Center (0028,1050) / Window Width (0028,1051) and VOI LUT Function (0028,1056),
/// mapping modality values to [0, 1] (0 = the output minimum, 1 = the maximum, before any MONOCHROME1
/// inversion). When several windows are given the first is used.
/// </summary>
public sealed record VoiWindow(double Center, double Width, VoiLutFunction Function)
{
    /// <summary>The dataset's first window, or null when none is present or its width is not valid for its function.</summary>
    public static VoiWindow? FromDataset(DicomDataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var center = DicomPixelDescription.FirstDouble(dataset, DicomTag.WindowCenter);
        var width = DicomPixelDescription.FirstDouble(dataset, DicomTag.WindowWidth);
        if (center is null || width is null || double.IsNaN(center.Value) || double.IsNaN(width.Value))
        {
            return null;
        }

        var function = (dataset.GetStringOrDefault(DicomTag.VOILUTFunction) ?? string.Empty).Trim().ToUpperInvariant() switch
        {
            "LINEAR_EXACT" => VoiLutFunction.LinearExact,
            "SIGMOID" => VoiLutFunction.Sigmoid,
            _ => VoiLutFunction.Linear,
        };

        // PS3.3 C.11.2.1.2: Window Width shall be >= 1 for LINEAR and > 0 for the others.
        var valid = function == VoiLutFunction.Linear ? width >= 1.0 : width > 0.0;
        return valid ? new VoiWindow(center.Value, width.Value, function) : null;
    }

    /// <summary>Applies the window to a modality value (after Rescale Slope / Intercept), giving [0, 1].</summary>
    public double Apply(double x)
    {
        var c = Center;
        var w = Width;
        switch (Function)
        {
            case VoiLutFunction.LinearExact:
                if (x <= c - (w / 2))
                {
                    return 0.0;
                }

                return x > c + (w / 2) ? 1.0 : ((x - c) / w) + 0.5;
            case VoiLutFunction.Sigmoid:
                return 1.0 / (1.0 + Math.Exp(-4.0 * (x - c) / w));
            default:
                if (x <= c - 0.5 - ((w - 1) / 2))
                {
                    return 0.0;
                }

                // With w = 1 this branch is never reached by a finite x below the upper bound.
                return x > c - 0.5 + ((w - 1) / 2) ? 1.0 : ((x - (c - 0.5)) / (w - 1)) + 0.5;
        }
    }
}
