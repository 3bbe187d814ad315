using Microsoft.Extensions.DependencyInjection;
using SimSid.Dicom;
using SimSid.Gateway.Receiving;
using SimSid.Gateway.State;
using SimSid.Synthetic;
using SimSid.Testing;

namespace SimSid.Pipeline.Tests;

/// <summary>
/// Issue 6, faults: the PACS (a real Orthanc) goes down; the gateway keeps retrying its deliveries with backoff (short
/// here) and the SRs arrive once Orthanc is back on the same port with the same storage.
/// </summary>
public sealed class PacsOutageTests
{
    [Fact]
    public async Task Delivery_OrthancStoppedAndRestarted_SrsArriveAfterItReturns()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var ct = timeout.Token;
        using var temp = new TempDirectory();
        await using var orthanc = await OrthancPeer.StartAsync(ct);
        var files = SyntheticFolderWriter.Write(temp.Combine("in"), new SyntheticFolderOptions { Count = 3, Size = 64, Seed = 41 });
        var studyUids = files.Select(f => DicomFile.Open(f.Path).Dataset.GetString(DicomTag.StudyInstanceUID)!).ToList();
        var settings = LoopbackServeSettings.Create(temp, orthanc.DicomPort, OrthancPeer.AeTitle);
        settings["Delivery:InitialBackoff"] = "00:00:00.200";
        settings["Delivery:MaxBackoff"] = "00:00:01";
        settings["Delivery:CircuitBreakerOpenTime"] = "00:00:01";
        settings["Delivery:PollInterval"] = "00:00:00.200";
        var app = PipelineHost.Build(settings, new MeanIntensityScorer());
        await app.StartAsync(ct);
        try
        {
            var port = app.Services.GetRequiredService<StoreScpService>().Port;
            var deliveries = app.Services.GetRequiredService<DeliveryStore>();
            await ModalityScu.SendAsync(port, [files[0].Path]);
            await WaitUntilAsync(() => deliveries.List().Any(d => d.State == DeliveryStates.Delivered), ct);
            Assert.Single(await OrthancReports.InstanceIdsAsync(orthanc.Http, ct));

            await orthanc.StopAsync();
            await ModalityScu.SendAsync(port, [files[1].Path, files[2].Path]);

            // Observable proof of the outage: both new reports failed at least twice and are still pending.
            await WaitUntilAsync(() => StudiesWithFailedAttempts(deliveries, studyUids.Skip(1)) == 2, ct);
            await orthanc.RestartAsync(ct);
            await WaitUntilAsync(() => deliveries.List().Count(d => d.State == DeliveryStates.Delivered) == 3, ct);

            Assert.Equal(3, (await OrthancReports.InstanceIdsAsync(orthanc.Http, ct)).Length);
            foreach (var studyUid in studyUids)
            {
                await OrthancReports.SingleSrAsync(orthanc.Http, studyUid, ct); // the first study's SR survived the restart
            }

            Assert.All(deliveries.List().Where(d => d.StudyInstanceUid != studyUids[0]), d => Assert.True(d.Attempts >= 3, $"{d.Attempts} attempts"));
        }
        finally
        {
            await app.StopAsync(CancellationToken.None);
            await app.DisposeAsync();
        }
    }

    private static int StudiesWithFailedAttempts(DeliveryStore deliveries, IEnumerable<string> studyUids) =>
        studyUids.Count(uid => deliveries.List().Any(d => d.StudyInstanceUid == uid && d.State == DeliveryStates.Pending && d.Attempts >= 2 && d.LastError is not null));

    private static async Task WaitUntilAsync(Func<bool> condition, CancellationToken ct)
    {
        while (!condition())
        {
            await Task.Delay(100, ct);
        }
    }
}
