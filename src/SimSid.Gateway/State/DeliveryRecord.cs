namespace SimSid.Gateway.State;

/// <summary>One report to deliver to one destination.</summary>
public sealed record DeliveryRecord(
    long Id,
    long JobId,
    string StudyInstanceUid,
    string SrSopInstanceUid,
    string Destination,
    string Path,
    string State,
    int Attempts,
    DateTimeOffset NextAttemptUtc,
    string? LastError,
    DateTimeOffset CreatedUtc,
    DateTimeOffset? DeliveredUtc);
