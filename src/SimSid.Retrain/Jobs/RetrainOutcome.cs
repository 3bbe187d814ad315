namespace SimSid.Retrain.Jobs;

/// <summary>How a retraining run ended.</summary>
public enum RetrainOutcome
{
    /// <summary>The candidate passed the gate and is now current.</summary>
    Promoted,

    /// <summary>The gate kept the current model; the decision record says why.</summary>
    Rejected,

    /// <summary>Too few eligible images; nothing was trained.</summary>
    Skipped,

    /// <summary>Another run holds the lock; nothing was done.</summary>
    LockHeld,
}
