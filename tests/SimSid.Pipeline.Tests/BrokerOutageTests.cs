using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using SimSid.Dicom;
using SimSid.Gateway.Receiving;
using SimSid.Synthetic;
using SimSid.Testing;
using Xunit.Abstractions;

namespace SimSid.Pipeline.Tests;

/// <summary>
/// Issue 6, faults: RabbitMQ stopped for 30 s and started again loses nothing. The test runs its own RabbitMQ node
/// (own name, port and state) so that the shared broker other tests use is never stopped; it is gated like the other
/// RabbitMQ tests (SIMSID_TEST_RABBITMQ), which is where rabbitmq-server is known to be installed.
/// </summary>
[Trait("Category", "Integration")]
public sealed class BrokerOutageTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Outage = TimeSpan.FromSeconds(30);

    [RabbitMqFact]
    public async Task Pipeline_RabbitMqStoppedThirtySecondsAndRestarted_EveryStudyGetsItsSr()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        var ct = timeout.Token;
        using var temp = new TempDirectory();
        await using var node = await RabbitMqNode.StartNewAsync(ct);
        await using var pacs = new LoopbackPacs(temp.Combine("pacs"));
        await pacs.StartAsync();
        var files = SyntheticFolderWriter.Write(temp.Combine("in"), new SyntheticFolderOptions { Count = 6, Size = 64, Seed = 31 });
        var studyUids = files.Select(f => DicomFile.Open(f.Path).Dataset.GetString(DicomTag.StudyInstanceUID)!).ToList();
        var settings = RabbitMqSettings.AddTo(LoopbackServeSettings.Create(temp, pacs.Port, "TESTPACS"), node.Uri);
        var app = PipelineHost.Build(settings, new MeanIntensityScorer());
        await app.StartAsync(ct);
        try
        {
            var port = app.Services.GetRequiredService<StoreScpService>().Port;

            // Before the outage: the broker carries the first two studies.
            await ModalityScu.SendAsync(port, [files[0].Path, files[1].Path]);
            await WaitForReportsAsync(pacs, studyUids.Take(2), ct);

            // Two studies settle while the broker shuts down, two more arrive while it is down.
            await ModalityScu.SendAsync(port, [files[2].Path, files[3].Path]);
            var down = Stopwatch.StartNew();
            await node.StopAsync(ct);
            await ModalityScu.SendAsync(port, [files[4].Path, files[5].Path]);
            var remaining = Outage - down.Elapsed;
            if (remaining > TimeSpan.Zero)
            {
                await Task.Delay(remaining, ct); // the fault itself: the broker stays down for 30 s
            }

            Assert.DoesNotContain(pacs.Stored, s => s.StudyInstanceUid == studyUids[4] || s.StudyInstanceUid == studyUids[5]);
            await node.StartAsync(ct);
            var back = Stopwatch.StartNew();
            await WaitForReportsAsync(pacs, studyUids, ct);
            output.WriteLine($"every SR arrived {back.Elapsed.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture)} s after the broker was back");

            foreach (var studyUid in studyUids)
            {
                Assert.Single(pacs.Stored.Where(s => s.StudyInstanceUid == studyUid).Select(s => s.SopInstanceUid).Distinct(StringComparer.Ordinal));
            }
        }
        finally
        {
            await app.StopAsync(CancellationToken.None);
            await app.DisposeAsync();
        }
    }

    /// <summary>Polls (bounded by <paramref name="ct"/>) until the PACS holds an SR of every study.</summary>
    private static async Task WaitForReportsAsync(LoopbackPacs pacs, IEnumerable<string> studyUids, CancellationToken ct)
    {
        var wanted = studyUids.ToList();
        while (!wanted.All(uid => pacs.Stored.Any(s => s.StudyInstanceUid == uid)))
        {
            await Task.Delay(100, ct);
        }
    }
}
