namespace SimSid.Retrain.Jobs;

/// <summary>
/// Process exit codes of <c>simsid retrain</c> (for a Kubernetes CronJob): 0 promoted, 1 error, 3 rejected by the
/// gate (current model kept), 4 another run holds the lock, 5 skipped for lack of data.
/// </summary>
public static class RetrainExitCodes
{
    public const int Promoted = 0;
    public const int Error = 1;
    public const int Rejected = 3;
    public const int LockHeld = 4;
    public const int Skipped = 5;

    public static int For(RetrainOutcome outcome) => outcome switch
    {
        RetrainOutcome.Promoted => Promoted,
        RetrainOutcome.Rejected => Rejected,
        RetrainOutcome.LockHeld => LockHeld,
        RetrainOutcome.Skipped => Skipped,
        _ => Error,
    };
}
