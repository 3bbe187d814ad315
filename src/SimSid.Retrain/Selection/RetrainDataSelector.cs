namespace SimSid.Retrain.Selection;

/// <summary>
/// Chooses retraining images: frontal CR/DX received in the window, one per SOP Instance UID, leaving out whole
/// studies the current model scored at or above the exclusion score or that the labels file marks abnormal, and
/// keeping the most recently received up to the cap.
/// </summary>
public static class RetrainDataSelector
{
    public static RetrainSelection Select(IEnumerable<ArchivedInstance> instances, SelectionOptions options, IReadOnlySet<string>? abnormalStudies = null)
    {
        ArgumentNullException.ThrowIfNull(instances);
        ArgumentNullException.ThrowIfNull(options);
        var all = instances.ToList();
        var inWindow = all.Where(i => i.ReceivedUtc >= options.FromUtc && i.ReceivedUtc < options.ToUtc).ToList();
        var frontal = inWindow.Where(i => IsFrontalCrDx(i, options)).ToList();
        var unique = frontal
            .GroupBy(i => i.SopInstanceUid, StringComparer.Ordinal)
            .Select(g => g.OrderByDescending(i => i.ReceivedUtc).First())
            .ToList();
        var flaggedStudies = unique
            .Where(i => i.Score is { } s && s >= options.ExclusionScore)
            .Select(i => i.StudyInstanceUid)
            .ToHashSet(StringComparer.Ordinal);
        var notFlagged = unique.Where(i => !flaggedStudies.Contains(i.StudyInstanceUid)).ToList();
        var labelled = abnormalStudies ?? new HashSet<string>(StringComparer.Ordinal);
        var notLabelled = notFlagged.Where(i => !labelled.Contains(i.StudyInstanceUid)).ToList();
        var chosen = notLabelled
            .OrderByDescending(i => i.ReceivedUtc)
            .ThenBy(i => i.SopInstanceUid, StringComparer.Ordinal)
            .Take(options.MaxImages)
            .OrderBy(i => i.SopInstanceUid, StringComparer.Ordinal)
            .ToList();
        var counts = new SelectionCounts
        {
            Considered = all.Count,
            OutsideWindow = all.Count - inWindow.Count,
            NotFrontalCrDx = inWindow.Count - frontal.Count,
            Duplicates = frontal.Count - unique.Count,
            ExcludedByScore = unique.Count - notFlagged.Count,
            ExcludedByLabel = notFlagged.Count - notLabelled.Count,
            OverCap = notLabelled.Count - chosen.Count,
            Selected = chosen.Count,
            SelectedStudies = chosen.Select(i => i.StudyInstanceUid).Distinct(StringComparer.Ordinal).Count(),
        };
        return new RetrainSelection(chosen, counts, options);
    }

    private static bool IsFrontalCrDx(ArchivedInstance instance, SelectionOptions options)
    {
        var modalityOk = string.IsNullOrEmpty(instance.Modality)
            ? options.AcceptUnknownAttributes
            : options.Modalities.Contains(instance.Modality);
        var viewOk = string.IsNullOrEmpty(instance.ViewPosition)
            ? options.AcceptUnknownAttributes
            : options.FrontalViews.Contains(instance.ViewPosition.Trim());
        return modalityOk && viewOk;
    }
}
