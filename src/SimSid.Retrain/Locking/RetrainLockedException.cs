namespace SimSid.Retrain.Locking;

/// <summary>Another retraining run (in this process or another) holds the registry's lock.</summary>
public sealed class RetrainLockedException : Exception
{
    public RetrainLockedException()
    {
    }

    public RetrainLockedException(string message)
        : base(message)
    {
    }

    public RetrainLockedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
