using System.Globalization;

namespace SimSid.Retrain.Gate;

/// <summary>
/// Decides whether a candidate replaces the current model: its validation AUC must be at least the floor and at
/// least the current model's minus the tolerance, and at its own threshold it must not flag more than the allowed
/// fraction of recent normals, nor more than the current model does plus an allowed increase. Without a current model
/// only the floor and the absolute flag rate apply.
/// </summary>
public sealed class PromotionGate(PromotionGateOptions options)
{
    public PromotionGateOptions Options { get; } = options ?? throw new ArgumentNullException(nameof(options));

    public GateDecision Decide(ModelEvaluation candidate, ModelEvaluation? current)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        var failures = new List<string>();
        if (double.IsNaN(candidate.Auc) || candidate.Auc < Options.AucFloor)
        {
            failures.Add(Format($"candidate AUC {candidate.Auc:F4} is below the floor {Options.AucFloor:F4}"));
        }

        if (current is not null && (double.IsNaN(candidate.Auc) || candidate.Auc < current.Auc - Options.AucTolerance))
        {
            failures.Add(Format($"candidate AUC {candidate.Auc:F4} is below the current model's {current.Auc:F4} minus tolerance {Options.AucTolerance:F4}"));
        }

        if (candidate.RecentNormalFlaggedFraction is { } flagged && flagged > Options.MaxRecentNormalFlaggedFraction)
        {
            failures.Add(Format($"candidate flags {flagged:P1} of {candidate.RecentNormalCount} recent normals, above the allowed {Options.MaxRecentNormalFlaggedFraction:P1}"));
        }

        if (current?.RecentNormalFlaggedFraction is { } currentFlagged && candidate.RecentNormalFlaggedFraction is { } candidateFlagged
            && candidateFlagged > currentFlagged + Options.MaxFlaggedIncrease)
        {
            failures.Add(Format($"candidate flags {candidateFlagged:P1} of the recent normals, more than the current model's {currentFlagged:P1} plus {Options.MaxFlaggedIncrease:P1}"));
        }

        if (failures.Count > 0)
        {
            return new GateDecision(false, string.Join("; ", failures) + ".");
        }

        var reason = current is null
            ? Format($"no current model; candidate AUC {candidate.Auc:F4} reaches the floor {Options.AucFloor:F4}.")
            : Format($"candidate AUC {candidate.Auc:F4} vs current {current.Auc:F4} (tolerance {Options.AucTolerance:F4}, floor {Options.AucFloor:F4}).");
        return new GateDecision(true, reason);
    }

    private static string Format(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
