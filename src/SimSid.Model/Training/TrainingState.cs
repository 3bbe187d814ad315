namespace SimSid.Model.Training;

/// <summary>Resume state, written last into the checkpoint folder (its presence commits the checkpoint).</summary>
internal sealed record TrainingState
{
    public string Preset { get; init; } = "";

    public int EpochsCompleted { get; init; }

    public double SecondsSpent { get; init; }

    public long AveragerUpdates { get; init; }

    public int? BestEpoch { get; init; }

    public double? BestValidationAuc { get; init; }

    /// <summary>The selection criterion of <see cref="BestEpoch"/>: the mean validation AUC over the selection window.</summary>
    public double? BestSelectionAuc { get; init; }

    /// <summary>How many epochs' weights the best (or, without validation, the exported) weights average; 0 = not averaged.</summary>
    public int AveragedEpochs { get; init; }

    public IReadOnlyList<EpochMetrics> History { get; init; } = [];
}
