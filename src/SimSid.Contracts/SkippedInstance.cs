namespace SimSid.Contracts;

/// <summary>An instance the inference role did not score, and why (e.g. "lateral view", "not CR/DX", "unreadable").</summary>
public sealed record SkippedInstance(string SopInstanceUid, string Reason);
