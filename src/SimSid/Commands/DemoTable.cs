using System.Globalization;
using SimSid.Gateway.State;

namespace SimSid.Commands;

/// <summary>Prints the demo's triage table: study, score, flag, SR UID, latency (last C-STORE → SR at the PACS). No patient data.</summary>
internal static class DemoTable
{
    public static void Print(
        IReadOnlyList<string> studies,
        IReadOnlyDictionary<string, (string SrUid, DateTimeOffset At)> arrived,
        IReadOnlyDictionary<string, DateTimeOffset> sentAt,
        JobStore jobs)
    {
        Console.WriteLine("study (last 12 digits)  score    flag      SR UID (last 16 digits)  latency");
        foreach (var study in studies)
        {
            var all = jobs.ForStudy(study);
            var job = all.Count > 0 ? all[^1] : null;
            var score = job?.Score is { } s ? s.ToString("0.0000", CultureInfo.InvariantCulture) : "-";
            var flag = job?.Flagged switch { true => "FLAGGED", false => "routine", null => "-" };
            var sr = arrived.TryGetValue(study, out var report) ? Tail(report.SrUid, 16) : "(none)";
            var latency = arrived.TryGetValue(study, out var r) && sentAt.TryGetValue(study, out var sent)
                ? ((r.At - sent).TotalMilliseconds / 1000).ToString("0.00", CultureInfo.InvariantCulture) + " s"
                : "-";
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"…{Tail(study, 12),-22} {score,-8} {flag,-9} …{sr,-23} {latency}"));
        }
    }

    private static string Tail(string text, int length) => text.Length <= length ? text : text[^length..];
}
