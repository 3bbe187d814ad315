namespace SimSid.Dicom.StructuredReport.Triage;

/// <summary>
/// Deterministic UIDs of the triage documents (2.25 form, SHA-256 name-based, via <see cref="DicomUid.FromName"/>):
/// the same study scored by the same model (Device UID) at the same revision gives the same UIDs, so a re-send
/// replaces the earlier copy in the PACS instead of duplicating it. The series depends on study and model only,
/// so every revision lands in the same series.
/// </summary>
public static class TriageUids
{
    public static string ReportSeries(string studyInstanceUid, string deviceUid) =>
        DicomUid.FromName(string.Empty, $"simsid-triage-sr-series|{studyInstanceUid}|{deviceUid}");

    public static string ReportInstance(string studyInstanceUid, string deviceUid, int revision) =>
        DicomUid.FromName(string.Empty, FormattableString.Invariant($"simsid-triage-sr|{studyInstanceUid}|{deviceUid}|{revision}"));

    public static string KeyObjectSeries(string studyInstanceUid, string deviceUid) =>
        DicomUid.FromName(string.Empty, $"simsid-triage-kos-series|{studyInstanceUid}|{deviceUid}");

    public static string KeyObjectInstance(string studyInstanceUid, string deviceUid, int revision) =>
        DicomUid.FromName(string.Empty, FormattableString.Invariant($"simsid-triage-kos|{studyInstanceUid}|{deviceUid}|{revision}"));

    /// <summary>The Tracking Unique Identifier of an image's measurement group: stable across revisions.</summary>
    public static string Tracking(string deviceUid, string imageSopInstanceUid) =>
        DicomUid.FromName(string.Empty, $"simsid-triage-tracking|{deviceUid}|{imageSopInstanceUid}");
}
