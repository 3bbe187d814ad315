using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SimSid.Dicom;
using SimSid.Dicom.StructuredReport;
using SimSid.Gateway.Receiving;
using SimSid.Synthetic;
using SimSid.Testing;
using Xunit.Abstractions;

namespace SimSid.Pipeline.Tests;

/// <summary>
/// Issue 6, "Proven in tests": in-memory <c>simsid serve</c> between dcmtk <c>storescu</c> as the modality and a
/// real Orthanc as the PACS. Orthanc knows only the gateway's AE, so every SR it holds came from the gateway.
/// </summary>
public sealed class OrthancEndToEndTests(ITestOutputHelper output)
{
    private const string GatewayAe = "SIMSIDGW";
    private const int StudyCount = 3;

    [Fact]
    public async Task Serve_StudiesFromStorescuDeliveredToOrthanc_OneSrPerStudyFlaggedAtThresholdAndResendIdempotent()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var ct = timeout.Token;
        using var temp = new TempDirectory();
        using var seq = new FakeSeqServer();
        await using var orthanc = await OrthancPeer.StartAsync(GatewayAe, 104, ct);
        var files = SyntheticFolderWriter.Write(temp.Combine("in"), new SyntheticFolderOptions { Count = StudyCount, Size = 64, AbnormalFraction = 0.5, Seed = 11 });
        var studyUids = files.Select(f => DicomFile.Open(f.Path).Dataset.GetString(DicomTag.StudyInstanceUID)).ToList();
        Assert.Equal(StudyCount, studyUids.Distinct(StringComparer.Ordinal).Count());
        var scorer = new MeanIntensityScorer();
        var settings = LoopbackServeSettings.Create(temp, orthanc.DicomPort, OrthancPeer.AeTitle, seq.Url);
        settings["Dicom:Scp:AeTitle"] = GatewayAe;
        var app = PipelineHost.Build(settings, scorer);
        await app.StartAsync(ct);
        try
        {
            var port = app.Services.GetRequiredService<StoreScpService>().Port;
            SendWithStorescu(port, files.Select(f => f.Path));
            var triaged = await WaitForTriagedAsync(seq, StudyCount, ct);

            Assert.Equal(StudyCount, (await orthanc.InstanceIdsAsync(ct)).Length);
            Assert.Equal(studyUids.Order(StringComparer.Ordinal), triaged.Select(t => t.StudyInstanceUid).Order(StringComparer.Ordinal));
            var threshold = scorer.Model.Threshold;
            Assert.Contains(triaged, t => t.Flagged); // the seed gives studies on both sides of the threshold
            Assert.Contains(triaged, t => !t.Flagged);
            foreach (var studyUid in studyUids)
            {
                var report = await SingleSrAsync(orthanc, studyUid, ct);
                var triage = Assert.Single(triaged, t => t.StudyInstanceUid == studyUid);
                output.WriteLine($"score {triage.AnomalyScore.ToString("R", CultureInfo.InvariantCulture)} flagged {triage.Flagged} threshold {threshold.ToString("R", CultureInfo.InvariantCulture)}");
                Assert.Equal(triage.SrSopInstanceUid, report.GetProperty("SOPInstanceUID").GetString());
                Assert.Equal(triage.AnomalyScore >= threshold, triage.Flagged);
                Assert.True(ContainsCode(report, SrCodes.Abnormal.Value) == triage.Flagged, $"SR content of {studyUid}: Abnormal coded = {!triage.Flagged}, score {triage.AnomalyScore.ToString("R", CultureInfo.InvariantCulture)}");
                Assert.True(ContainsCode(report, SrCodes.Normal.Value) == !triage.Flagged, $"SR content of {studyUid}: Normal coded = {triage.Flagged}");
            }

            // The same study again: re-settled and re-scored, the same SR UID, so Orthanc still holds one SR for it.
            SendWithStorescu(port, [files[0].Path]);
            var again = await WaitForTriagedAsync(seq, StudyCount + 1, ct);
            var passes = again.Where(t => t.StudyInstanceUid == studyUids[0]).ToList();
            Assert.Equal(2, passes.Count);
            Assert.Single(passes.Select(t => t.SrSopInstanceUid).Distinct(StringComparer.Ordinal));
            Assert.Equal(StudyCount, (await orthanc.InstanceIdsAsync(ct)).Length);
            await SingleSrAsync(orthanc, studyUids[0], ct);
        }
        finally
        {
            await app.StopAsync(CancellationToken.None);
            await app.DisposeAsync();
        }
    }

    private static void SendWithStorescu(int port, IEnumerable<string> paths)
    {
        var result = ExternalTool.Run("storescu", ["-aet", "MODALITY", "-aec", GatewayAe, "127.0.0.1", port.ToString(CultureInfo.InvariantCulture), .. paths], TimeSpan.FromSeconds(60));
        Assert.True(result.ExitCode == 0, result.Combined);
    }

    /// <summary>Asserts the study in Orthanc holds exactly one series, an SR with one instance, and returns its tags.</summary>
    private static async Task<JsonElement> SingleSrAsync(OrthancPeer orthanc, string studyUid, CancellationToken ct)
    {
        var studies = await orthanc.FindAsync("Study", new { StudyInstanceUID = studyUid }, ct);
        var study = Assert.Single(studies.EnumerateArray());
        var seriesId = Assert.Single(study.GetProperty("Series").EnumerateArray()).GetString();
        var series = await orthanc.GetAsync("series/" + seriesId, ct);
        Assert.Equal("SR", series.GetProperty("MainDicomTags").GetProperty("Modality").GetString());
        var instanceId = Assert.Single(series.GetProperty("Instances").EnumerateArray()).GetString();
        var tags = await orthanc.GetAsync("instances/" + instanceId + "/simplified-tags", ct);
        Assert.Equal(studyUid, tags.GetProperty("StudyInstanceUID").GetString());
        return tags;
    }

    /// <summary>Whether any nested item of the simplified tags carries the code value.</summary>
    private static bool ContainsCode(JsonElement element, string codeValue) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().Any(p =>
            (p.NameEquals("CodeValue") && p.Value.ValueKind == JsonValueKind.String && p.Value.GetString() == codeValue) || ContainsCode(p.Value, codeValue)),
        JsonValueKind.Array => element.EnumerateArray().Any(e => ContainsCode(e, codeValue)),
        _ => false,
    };

    /// <summary>Polls the fake Seq server (bounded by <paramref name="ct"/>) until <paramref name="count"/> StudyTriaged events arrived.</summary>
    private static async Task<IReadOnlyList<Triaged>> WaitForTriagedAsync(FakeSeqServer seq, int count, CancellationToken ct)
    {
        while (true)
        {
            var triaged = seq.Events
                .Where(e => e.TryGetProperty("@mt", out var mt) && mt.GetString()!.Contains(" triaged:", StringComparison.Ordinal))
                .Select(e => new Triaged(
                    e.GetProperty("StudyInstanceUid").GetString()!,
                    e.GetProperty("AnomalyScore").GetDouble(),
                    e.GetProperty("Flag").GetBoolean(),
                    e.GetProperty("SrSopInstanceUid").GetString()!))
                .ToList();
            if (triaged.Count >= count)
            {
                Assert.Equal(count, triaged.Count);
                return triaged;
            }

            await Task.Delay(100, ct);
        }
    }

    private sealed record Triaged(string StudyInstanceUid, double AnomalyScore, bool Flagged, string SrSopInstanceUid);
}
