namespace SimSid.Retrain.Selection;

/// <summary>The images chosen for a retraining run (ordered by SOP Instance UID) and the counts behind the choice.</summary>
public sealed record RetrainSelection(IReadOnlyList<ArchivedInstance> Instances, SelectionCounts Counts, SelectionOptions Options)
{
    public bool MeetsMinimum => Instances.Count >= Options.MinImages;
}
