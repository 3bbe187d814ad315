using System.Text.Json;

namespace SimSid.Pipeline.Tests;

/// <summary>The gateway's StudyTriaged log events as the fake Seq server received them.</summary>
internal static class TriageEvents
{
    public static IReadOnlyList<TriagedStudy> From(FakeSeqServer seq) =>
        [.. Matching(seq, " triaged:").Select(e => new TriagedStudy(
            e.GetProperty("StudyInstanceUid").GetString()!,
            e.GetProperty("AnomalyScore").GetDouble(),
            e.GetProperty("Flag").GetBoolean(),
            e.GetProperty("SrSopInstanceUid").GetString()!))];

    /// <summary>Events whose message template contains <paramref name="templatePart"/>.</summary>
    public static IReadOnlyList<JsonElement> Matching(FakeSeqServer seq, string templatePart) =>
        [.. seq.Events.Where(e => e.TryGetProperty("@mt", out var mt) && mt.GetString()!.Contains(templatePart, StringComparison.Ordinal))];

    /// <summary>Polls (bounded by <paramref name="ct"/>) until StudyTriaged was logged for every one of <paramref name="studyUids"/>.</summary>
    public static async Task<IReadOnlyList<TriagedStudy>> WaitForStudiesAsync(FakeSeqServer seq, IReadOnlyCollection<string> studyUids, CancellationToken ct)
    {
        while (true)
        {
            var triaged = From(seq);
            if (studyUids.All(uid => triaged.Any(t => t.StudyInstanceUid == uid)))
            {
                return triaged;
            }

            await Task.Delay(100, ct);
        }
    }
}
