namespace SimSid.Retrain.Selection;

/// <summary>Which archived images a retraining run uses.</summary>
public sealed record SelectionOptions
{
    /// <summary>Start of the window (inclusive); typically the current model's creation time.</summary>
    public DateTimeOffset FromUtc { get; init; } = DateTimeOffset.MinValue;

    /// <summary>End of the window (exclusive).</summary>
    public DateTimeOffset ToUtc { get; init; } = DateTimeOffset.MaxValue;

    public IReadOnlySet<string> Modalities { get; init; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "CR", "DX" };

    /// <summary>View Position (0018,5101) values counted as frontal.</summary>
    public IReadOnlySet<string> FrontalViews { get; init; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "PA", "AP" };

    /// <summary>Accept instances whose modality or view is unknown (plain image folders); DICOM archives should not.</summary>
    public bool AcceptUnknownAttributes { get; init; }

    /// <summary>Studies with any instance the current model scored at or above this are left out (presumed abnormal).</summary>
    public double ExclusionScore { get; init; } = 0.5;

    /// <summary>At most this many images (the most recently received).</summary>
    public int MaxImages { get; init; } = 5000;

    /// <summary>Fewer eligible images than this: the run is skipped.</summary>
    public int MinImages { get; init; } = 100;
}
