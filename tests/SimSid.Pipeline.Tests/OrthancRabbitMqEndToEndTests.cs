using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using SimSid.Dicom;
using SimSid.Dicom.StructuredReport;
using SimSid.Gateway.Receiving;
using SimSid.Synthetic;
using SimSid.Testing;
using Xunit.Abstractions;

namespace SimSid.Pipeline.Tests;

/// <summary>
/// Issue 6, "Proven in tests": the gateway and inference roles on a real RabbitMQ, dcmtk <c>storescu</c> as the modality
/// and a real Orthanc as the PACS (it knows only the gateway's AE, so every SR it holds came from the gateway).
/// </summary>
[Collection(SharedBroker.Name)]
[Trait("Category", "Integration")]
public sealed class OrthancRabbitMqEndToEndTests(ITestOutputHelper output)
{
    private const string GatewayAe = "SIMSIDGW";
    private const int StudyCount = 4;

    [RabbitMqFact]
    public async Task Pipeline_OverRabbitMqFromStorescuToOrthanc_OneSrPerStudyFlaggedAtThresholdAndResendIdempotent()
    {
        var broker = RabbitMqFactAttribute.BrokerUri();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var ct = timeout.Token;
        using var temp = new TempDirectory();
        using var seq = new FakeSeqServer();
        await using var orthanc = await OrthancPeer.StartAsync(GatewayAe, 104, ct);
        var files = SyntheticFolderWriter.Write(temp.Combine("in"), new SyntheticFolderOptions { Count = StudyCount, Size = 64, AbnormalFraction = 0.5, Seed = 11 });
        var studyUids = files.Select(f => DicomFile.Open(f.Path).Dataset.GetString(DicomTag.StudyInstanceUID)!).ToList();
        Assert.Equal(StudyCount, studyUids.Distinct(StringComparer.Ordinal).Count());
        var scorer = new MeanIntensityScorer();
        var settings = RabbitMqSettings.AddTo(LoopbackServeSettings.Create(temp, orthanc.DicomPort, OrthancPeer.AeTitle, seq.Url), broker);
        settings["Dicom:Scp:AeTitle"] = GatewayAe;
        var app = PipelineHost.Build(settings, scorer);
        await app.StartAsync(ct);
        try
        {
            var port = app.Services.GetRequiredService<StoreScpService>().Port;
            SendWithStorescu(port, files.Select(f => f.Path));
            var triaged = await TriageEvents.WaitForStudiesAsync(seq, studyUids, ct);

            Assert.Equal(StudyCount, triaged.Count);
            Assert.Equal(StudyCount, (await orthanc.InstanceIdsAsync(ct)).Length);
            var threshold = scorer.Model.Threshold;
            Assert.Contains(triaged, t => t.Flagged); // the seed gives studies on both sides of the threshold
            Assert.Contains(triaged, t => !t.Flagged);
            foreach (var studyUid in studyUids)
            {
                var report = await OrthancReports.SingleSrAsync(orthanc.Http, studyUid, ct);
                var triage = Assert.Single(triaged, t => t.StudyInstanceUid == studyUid);
                output.WriteLine($"score {triage.AnomalyScore.ToString("R", CultureInfo.InvariantCulture)} flagged {triage.Flagged} threshold {threshold.ToString("R", CultureInfo.InvariantCulture)}");
                Assert.Equal(triage.SrSopInstanceUid, report.GetProperty("SOPInstanceUID").GetString());
                Assert.Equal(triage.AnomalyScore >= threshold, triage.Flagged);
                Assert.Equal(triage.Flagged, OrthancReports.ContainsCode(report, SrCodes.Abnormal.Value));
                Assert.Equal(!triage.Flagged, OrthancReports.ContainsCode(report, SrCodes.Normal.Value));
            }

            // The same study again over the broker: re-settled and re-scored, the same SR UID, so Orthanc still holds one SR for it.
            SendWithStorescu(port, [files[0].Path]);
            var again = await WaitForTriagedCountAsync(seq, StudyCount + 1, ct);
            var passes = again.Where(t => t.StudyInstanceUid == studyUids[0]).ToList();
            Assert.Equal(2, passes.Count);
            Assert.Single(passes.Select(t => t.SrSopInstanceUid).Distinct(StringComparer.Ordinal));
            Assert.Equal(StudyCount, (await orthanc.InstanceIdsAsync(ct)).Length);
            await OrthancReports.SingleSrAsync(orthanc.Http, studyUids[0], ct);
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

    private static async Task<IReadOnlyList<TriagedStudy>> WaitForTriagedCountAsync(FakeSeqServer seq, int count, CancellationToken ct)
    {
        while (true)
        {
            var triaged = TriageEvents.From(seq);
            if (triaged.Count >= count)
            {
                Assert.Equal(count, triaged.Count);
                return triaged;
            }

            await Task.Delay(100, ct);
        }
    }
}
