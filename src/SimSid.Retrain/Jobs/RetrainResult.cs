using SimSid.Retrain.Gate;
using SimSid.Retrain.Selection;

namespace SimSid.Retrain.Jobs;

/// <summary>Everything a run did, logged as one structured event and printed by <c>simsid retrain</c>.</summary>
public sealed record RetrainResult
{
    public RetrainOutcome Outcome { get; init; }

    public int ExitCode => RetrainExitCodes.For(Outcome);

    public DateTimeOffset StartedUtc { get; init; }

    public DateTimeOffset FinishedUtc { get; init; }

    public SelectionCounts? Selection { get; init; }

    public int TrainingImages { get; init; }

    public int RecentNormalImages { get; init; }

    public string? TrainingMode { get; init; }

    public string? Preset { get; init; }

    public int EpochsCompleted { get; init; }

    public double TrainingMinutes { get; init; }

    public string? PreviousVersion { get; init; }

    /// <summary>The candidate's version: its registry name when promoted, its trained name otherwise.</summary>
    public string? CandidateVersion { get; init; }

    public string? CandidateDeviceUid { get; init; }

    public ModelEvaluation? Candidate { get; init; }

    public ModelEvaluation? Current { get; init; }

    public string Reason { get; init; } = "";

    public string? DecisionRecordPath { get; init; }

    public string? SelectionManifestPath { get; init; }
}
