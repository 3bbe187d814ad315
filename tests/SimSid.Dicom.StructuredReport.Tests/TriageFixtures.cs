using SimSid.Dicom.StructuredReport.Triage;

namespace SimSid.Dicom.StructuredReport.Tests;

/// <summary>A model description, scores and a fixed clock for triage report tests.</summary>
internal static class TriageFixtures
{
    public const string DeviceUid = "2.25.301751129658723838208716155133414406234";

    public static readonly DateTimeOffset CreatedAt = new(2026, 11, 29, 6, 0, 0, TimeSpan.Zero);

    public static TriageModelInfo Model() => new("SimSID", "2026-11-28.1", DeviceUid, threshold: 0.5);

    /// <summary>Image 1 scores 0.83 (flagged), image 2 scores 0.21 (not flagged), and so on alternating.</summary>
    public static TriageResult Scores(IReadOnlyList<DicomDataset> sources) => new(
        [.. sources.Select((s, i) =>
        {
            var score = i % 2 == 0 ? 0.83 : 0.21;
            return new ImageTriageResult(s.GetString(DicomTag.SOPClassUID), s.GetString(DicomTag.SOPInstanceUID), score, score >= 0.5);
        })]);
}
