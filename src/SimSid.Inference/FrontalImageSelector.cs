using SimSid.Dicom;

namespace SimSid.Inference;

/// <summary>Decides which images are scored: frontal (View Position PA/AP, configurable) CR/DX chest images.</summary>
internal sealed class FrontalImageSelector(InferenceOptions options)
{
    /// <summary>Null when the image is to be scored, else the reason it is skipped.</summary>
    public string? SkipReason(DicomDataset dataset)
    {
        var modality = dataset.GetStringOrDefault(DicomTag.Modality)?.Trim() ?? string.Empty;
        if (!options.EffectiveModalities.Contains(modality, StringComparer.OrdinalIgnoreCase))
        {
            return $"modality '{modality}' is not scored";
        }

        if (!dataset.Contains(DicomTag.PixelData))
        {
            return "no pixel data";
        }

        var bodyPart = dataset.GetStringOrDefault(DicomTag.BodyPartExamined)?.Trim();
        if (!string.IsNullOrEmpty(bodyPart) && !bodyPart.Equals("CHEST", StringComparison.OrdinalIgnoreCase))
        {
            return $"body part '{bodyPart}' is not chest";
        }

        var view = dataset.GetStringOrDefault(DicomTag.ViewPosition)?.Trim() ?? string.Empty;
        if (view.Length == 0)
        {
            return options.ScoreMissingViewPosition ? null : "no View Position";
        }

        return options.EffectiveFrontalViewPositions.Contains(view, StringComparer.OrdinalIgnoreCase) ? null : $"view '{view}' is not frontal";
    }
}
