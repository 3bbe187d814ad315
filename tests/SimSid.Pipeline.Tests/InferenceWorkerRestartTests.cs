using System.Globalization;
using SimSid.Dicom;
using SimSid.Synthetic;
using SimSid.Testing;
using Xunit.Abstractions;

namespace SimSid.Pipeline.Tests;

/// <summary>
/// Issue 6, faults: <c>simsid gateway</c> and <c>simsid inference</c> as separate processes on a real RabbitMQ with Orthanc
/// as the PACS. The inference process is killed (whole process tree, no shutdown) the moment it has scored its first
/// study, more studies arrive while no worker runs, and a new worker is started: every study still gets exactly one SR.
/// </summary>
[Collection(SharedBroker.Name)]
[Trait("Category", "Integration")]
public sealed class InferenceWorkerRestartTests(ITestOutputHelper output)
{
    private const string GatewayAe = "SIMSIDGW";
    private const string ScoredLine = "Scored study";
    private const int WaveSize = 4;

    [RabbitMqFact]
    public async Task InferenceWorker_KilledMidStreamAndRestarted_EveryStudyGetsExactlyOneSr()
    {
        var broker = RabbitMqFactAttribute.BrokerUri();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        var ct = timeout.Token;
        using var temp = new TempDirectory();
        using var seq = new FakeSeqServer();
        await using var orthanc = await OrthancPeer.StartAsync(GatewayAe, 104, ct);
        var model = TrainTinyModel(temp);
        var files = SyntheticFolderWriter.Write(temp.Combine("in"), new SyntheticFolderOptions { Count = 2 * WaveSize, Size = 128, AbnormalFraction = 0.5, Seed = 23 });
        var studyUids = files.Select(f => DicomFile.Open(f.Path).Dataset.GetString(DicomTag.StudyInstanceUID)!).ToList();
        Assert.Equal(2 * WaveSize, studyUids.Distinct(StringComparer.Ordinal).Count());

        var gatewayPort = OrthancPeer.FreePort();
        var gatewaySettings = RabbitMqSettings.AddTo(LoopbackServeSettings.Create(temp, orthanc.DicomPort, OrthancPeer.AeTitle, seq.Url), broker);
        gatewaySettings["Dicom:Scp:AeTitle"] = GatewayAe;
        gatewaySettings["Dicom:Scp:Port"] = gatewayPort.ToString(CultureInfo.InvariantCulture);
        var inferenceSettings = RabbitMqSettings.For(broker);
        inferenceSettings["Inference:ModelDirectory"] = model;
        inferenceSettings["Inference:Threads"] = "1";

        await using var gateway = SimsidRoleProcess.Start("gateway", gatewaySettings);
        await using var firstWorker = SimsidRoleProcess.Start("inference", inferenceSettings);
        await Task.WhenAll(gateway.WaitUntilReadyAsync(ct), firstWorker.WaitUntilReadyAsync(ct));

        // Wave 1: the first worker dies as it logs its first score; its prefetched, unacknowledged messages go back to the queue.
        firstWorker.KillOnLine(ScoredLine);
        SendWithStorescu(gatewayPort, files.Take(WaveSize).Select(f => f.Path));
        await firstWorker.WaitForExitAsync(ct);
        var scoredBeforeKill = firstWorker.CountLines(ScoredLine);

        // Wave 2 arrives while no worker runs: its StudyReady messages wait on the broker.
        SendWithStorescu(gatewayPort, files.Skip(WaveSize).Select(f => f.Path));
        await using var secondWorker = SimsidRoleProcess.Start("inference", inferenceSettings);
        var triaged = await TriageEvents.WaitForStudiesAsync(seq, studyUids, ct);

        output.WriteLine($"first worker scored {scoredBeforeKill.ToString(CultureInfo.InvariantCulture)} before it was killed; the second scored {secondWorker.CountLines(ScoredLine).ToString(CultureInfo.InvariantCulture)}");
        Assert.True(scoredBeforeKill >= 1, firstWorker.Output);
        Assert.True(secondWorker.CountLines(ScoredLine) >= studyUids.Count - scoredBeforeKill, secondWorker.Output);
        Assert.Equal(studyUids.Count, (await OrthancReports.InstanceIdsAsync(orthanc.Http, ct)).Length);
        foreach (var studyUid in studyUids)
        {
            var report = await OrthancReports.SingleSrAsync(orthanc.Http, studyUid, ct);
            var passes = triaged.Where(t => t.StudyInstanceUid == studyUid).Select(t => t.SrSopInstanceUid).Distinct(StringComparer.Ordinal);
            Assert.Equal(report.GetProperty("SOPInstanceUID").GetString(), Assert.Single(passes));
        }
    }

    private static void SendWithStorescu(int port, IEnumerable<string> paths)
    {
        var result = ExternalTool.Run("storescu", ["-aet", "MODALITY", "-aec", GatewayAe, "127.0.0.1", port.ToString(CultureInfo.InvariantCulture), .. paths], TimeSpan.FromSeconds(60));
        Assert.True(result.ExitCode == 0, result.Combined);
    }

    /// <summary>A tiny model trained for one epoch on synthetic normals with the CLI (seconds; its scores mean little).</summary>
    private static string TrainTinyModel(TempDirectory temp)
    {
        var data = temp.Combine("train");
        var model = temp.Combine("model");
        var synth = ExternalTool.Run("dotnet", [SimsidRoleProcess.Simsid, "synth", "--out", data, "--count", "8", "--abnormal-fraction", "0", "--format", "png", "--size", "64"]);
        Assert.True(synth.ExitCode == 0, synth.Combined);
        var train = ExternalTool.Run("dotnet", [SimsidRoleProcess.Simsid, "train", "--data", Path.Combine(data, "NORMAL"), "--preset", "tiny", "--out", model, "--epochs", "1", "--threads", "1"], TimeSpan.FromMinutes(2));
        Assert.True(train.ExitCode == 0, train.Combined);
        return model;
    }
}
