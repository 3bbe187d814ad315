using System.Collections;
using System.Globalization;
using Microsoft.Extensions.Logging;
using SimSid.Retrain.Jobs;

namespace SimSid.Retrain;

/// <summary>
/// Event 5001, one per run, with stable property names for Seq: the decision (<c>Outcome</c>, <c>Reason</c>), the
/// counts (<c>Considered</c>, <c>Selected</c>, <c>ExcludedByScore</c>, <c>ExcludedByLabel</c>, <c>TrainingImages</c>,
/// <c>RecentNormals</c>), <c>TrainingMinutes</c>, both models' metrics (<c>Candidate…</c>/<c>Current…</c>: version, AUC,
/// sensitivity, specificity, flagged fraction of recent normals; <c>ModelVersion</c>/<c>PreviousModelVersion</c> as
/// everywhere else) and the whole result as a structure (<c>Result</c>). Written by hand rather than generated because
/// the generator names a destructured <c>{@Result}</c> after the parameter, which Serilog then neither destructures
/// nor renders.
/// </summary>
internal static class RunFinishedEvent
{
    public static readonly EventId Id = new(RetrainEventId.RunFinished, nameof(RetrainEventId.RunFinished));

    private const string Template =
        "Retrain run {Outcome}: {Selected} images selected ({TrainingImages} trained, {RecentNormals} held out), {TrainingMinutes} training minutes, candidate {ModelVersion} AUC {CandidateAuc} vs current {PreviousModelVersion} AUC {CurrentAuc}: {Reason}";

    public static void Write(ILogger logger, RetrainResult result)
    {
        if (logger.IsEnabled(LogLevel.Information))
        {
            logger.Log(LogLevel.Information, Id, new State(result), null, static (state, _) => state.ToString());
        }
    }

    private sealed class State(RetrainResult result) : IReadOnlyList<KeyValuePair<string, object?>>
    {
        private readonly KeyValuePair<string, object?>[] properties =
        [
            new("Outcome", result.Outcome.ToString()),
            new("Selected", result.Selection?.Selected ?? 0),
            new("Considered", result.Selection?.Considered ?? 0),
            new("ExcludedByScore", result.Selection?.ExcludedByScore ?? 0),
            new("ExcludedByLabel", result.Selection?.ExcludedByLabel ?? 0),
            new("TrainingImages", result.TrainingImages),
            new("RecentNormals", result.RecentNormalImages),
            new("TrainingMinutes", Math.Round(result.TrainingMinutes, 2)),
            new("TrainingMode", result.TrainingMode),
            new("ModelVersion", result.CandidateVersion),
            new("PreviousModelVersion", result.PreviousVersion),
            new("CandidateVersion", result.CandidateVersion),
            new("CandidateAuc", result.Candidate?.Auc),
            new("CandidateSensitivity", result.Candidate?.Sensitivity),
            new("CandidateSpecificity", result.Candidate?.Specificity),
            new("CandidateRecentNormalFlagged", result.Candidate?.RecentNormalFlaggedFraction),
            new("CurrentVersion", result.PreviousVersion),
            new("CurrentAuc", result.Current?.Auc),
            new("CurrentSensitivity", result.Current?.Sensitivity),
            new("CurrentSpecificity", result.Current?.Specificity),
            new("CurrentRecentNormalFlagged", result.Current?.RecentNormalFlaggedFraction),
            new("Reason", result.Reason),
            new("@Result", result),
            new("{OriginalFormat}", Template),
        ];

        public int Count => properties.Length;

        public KeyValuePair<string, object?> this[int index] => properties[index];

        public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, object?>>)properties).GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        public override string ToString() => string.Create(
            CultureInfo.InvariantCulture,
            $"Retrain run {result.Outcome}: {result.Selection?.Selected ?? 0} images selected ({result.TrainingImages} trained, {result.RecentNormalImages} held out), {result.TrainingMinutes:F1} training minutes, candidate {result.CandidateVersion} AUC {result.Candidate?.Auc:F4} vs current {result.PreviousVersion} AUC {result.Current?.Auc:F4}: {result.Reason}");
    }
}
