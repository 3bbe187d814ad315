namespace SimSid.Gateway.State;

/// <summary>A study still receiving: the times the settle timer decides on.</summary>
public sealed record PendingStudy(string StudyInstanceUid, DateTimeOffset FirstReceivedUtc, DateTimeOffset LastReceivedUtc, string LastReceivedText);
