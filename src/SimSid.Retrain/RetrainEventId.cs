namespace SimSid.Retrain;

/// <summary>Event ids of the retraining library written without the logging generator (5000s; see <see cref="Log"/> for the rest).</summary>
internal static class RetrainEventId
{
    /// <summary>The one structured event per run (<see cref="RunFinishedEvent"/>).</summary>
    public const int RunFinished = 5001;
}
