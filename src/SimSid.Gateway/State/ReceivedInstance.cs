namespace SimSid.Gateway.State;

/// <summary>An instance durably archived, as recorded in the state database.</summary>
public sealed record ReceivedInstance(
    string SopInstanceUid,
    string SopClassUid,
    string StudyInstanceUid,
    string SeriesInstanceUid,
    string TransferSyntaxUid,
    string Path,
    string CallingAe);
