namespace SimSid.Contracts;

/// <summary>A study has settled (no new instance for the settle time, or the cap was reached) and can be scored.</summary>
/// <param name="CorrelationId">Identifies this study's pass through the pipeline (carried on every later message).</param>
/// <param name="StudyInstanceUid">Study Instance UID.</param>
/// <param name="Instances">The study's stored instances (claim check).</param>
/// <param name="ReceivedUtc">When the last instance was received (for receive→SR latency).</param>
public sealed record StudyReady(Guid CorrelationId, string StudyInstanceUid, IReadOnlyList<InstanceReference> Instances, DateTimeOffset ReceivedUtc);
