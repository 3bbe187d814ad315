using System.Net;
using Microsoft.Extensions.DependencyInjection;
using SimSid.Dicom;
using SimSid.Gateway.Receiving;
using SimSid.Synthetic;
using SimSid.Testing;

namespace SimSid.Pipeline.Tests;

public sealed class ServeEndToEndTests
{
    [Fact]
    public async Task Serve_StudiesSentByScu_EachGetsItsSrAtThePacsAndSeqGetsNoPatientData()
    {
        using var temp = new TempDirectory();
        using var seq = new FakeSeqServer();
        await using var pacs = new LoopbackPacs(temp.Combine("pacs"));
        await pacs.StartAsync();
        var files = SyntheticFolderWriter.Write(temp.Combine("in"), new SyntheticFolderOptions { Count = 3, Size = 64, AbnormalFraction = 0.5, Seed = 3 });
        var datasets = files.Select(f => DicomFile.Open(f.Path).Dataset).ToList();
        var scorer = new MeanIntensityScorer();
        var app = PipelineHost.Build(LoopbackServeSettings.Create(temp, pacs.Port, "TESTPACS", seq.Url), scorer);
        await app.StartAsync();
        try
        {
            var port = app.Services.GetRequiredService<StoreScpService>().Port;
            await ModalityScu.SendAsync(port, files.Select(f => f.Path).ToList());

            await pacs.WaitForAsync(files.Count, TimeSpan.FromSeconds(60));

            var expectedStudies = datasets.Select(d => d.GetString(DicomTag.StudyInstanceUID)).Order(StringComparer.Ordinal).ToList();
            Assert.Equal(expectedStudies, pacs.Stored.Select(s => s.StudyInstanceUid).Order(StringComparer.Ordinal));
            Assert.All(pacs.Stored, s => Assert.Equal(DicomUid.Comprehensive3DSRStorage, s.SopClassUid));
            Assert.Equal(files.Count, scorer.ImagesScored);

            using var http = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
            var ready = await http.GetAsync(new Uri("/health/ready", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(new Uri("/health/live", UriKind.Relative))).StatusCode);
            var echo = await http.GetStringAsync(new Uri("/health/pacs", UriKind.Relative));
            Assert.Contains("\"pacs-pacs\":{\"status\":\"Healthy\"", echo, StringComparison.Ordinal);
            var metrics = await http.GetStringAsync(new Uri("/metrics", UriKind.Relative));
            Assert.Contains("simsid_instances_received", metrics, StringComparison.Ordinal);
            Assert.Contains("simsid_receive_to_sr_seconds", metrics, StringComparison.Ordinal);
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync(); // flushes the Seq sink
        }

        Assert.NotEmpty(seq.Requests);
        Assert.All(seq.Requests, r => Assert.StartsWith("POST /api/events/raw application/vnd.serilog.clef", r, StringComparison.Ordinal));
        Assert.All(seq.Requests, r => Assert.EndsWith("test-key", r, StringComparison.Ordinal));
        var study = datasets[0].GetString(DicomTag.StudyInstanceUID);
        Assert.Contains(seq.Events, e => e.TryGetProperty("StudyInstanceUid", out var p) && p.GetString() == study && e.TryGetProperty("SopInstanceUid", out _) && e.TryGetProperty("CallingAe", out _));
        Assert.Contains(seq.Events, e => e.TryGetProperty("AnomalyScore", out _) && e.TryGetProperty("ModelVersion", out _) && e.TryGetProperty("SrSopInstanceUid", out _));
        var text = seq.RawText;
        foreach (var dataset in datasets)
        {
            Assert.DoesNotContain(dataset.GetString(DicomTag.PatientName), text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(dataset.GetString(DicomTag.PatientID), text, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task Serve_StudiesSentByDcmtkStorescu_EachGetsItsSr()
    {
        using var temp = new TempDirectory();
        await using var pacs = new LoopbackPacs(temp.Combine("pacs"));
        await pacs.StartAsync();
        var files = SyntheticFolderWriter.Write(temp.Combine("in"), new SyntheticFolderOptions { Count = 2, Size = 64, Seed = 9 });
        var settings = LoopbackServeSettings.Create(temp, pacs.Port, "TESTPACS");
        var app = PipelineHost.Build(settings, new MeanIntensityScorer());
        await app.StartAsync();
        try
        {
            var port = app.Services.GetRequiredService<StoreScpService>().Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var result = ExternalTool.Run("storescu", ["-aet", "MODALITY", "-aec", "SIMSID", "127.0.0.1", port, .. files.Select(f => f.Path)], TimeSpan.FromSeconds(60));
            Assert.True(result.ExitCode == 0, result.Combined);

            await pacs.WaitForAsync(files.Count, TimeSpan.FromSeconds(60));
            var expected = files.Select(f => DicomFile.Open(f.Path).Dataset.GetString(DicomTag.StudyInstanceUID)).Order(StringComparer.Ordinal);
            Assert.Equal(expected, pacs.Stored.Select(s => s.StudyInstanceUid).Order(StringComparer.Ordinal));
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }
}
