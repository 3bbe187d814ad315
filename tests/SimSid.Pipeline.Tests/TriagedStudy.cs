namespace SimSid.Pipeline.Tests;

/// <summary>One StudyTriaged log event: the study, its score and flag, and its SR's SOP Instance UID.</summary>
internal sealed record TriagedStudy(string StudyInstanceUid, double AnomalyScore, bool Flagged, string SrSopInstanceUid);
