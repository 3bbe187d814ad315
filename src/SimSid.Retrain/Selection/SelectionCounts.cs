namespace SimSid.Retrain.Selection;

/// <summary>How many instances each selection rule removed, and how many remained.</summary>
public sealed record SelectionCounts
{
    public int Considered { get; init; }

    public int OutsideWindow { get; init; }

    public int NotFrontalCrDx { get; init; }

    public int Duplicates { get; init; }

    public int ExcludedByScore { get; init; }

    public int ExcludedByLabel { get; init; }

    public int OverCap { get; init; }

    public int Selected { get; init; }

    public int SelectedStudies { get; init; }
}
