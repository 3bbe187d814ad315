using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Options;
using SimSid.Dicom.Network.Files;
using SimSid.Dicom.Network.Scp;
using SimSid.Dicom.Network.Scu;

namespace SimSid.Commands;

/// <summary>
/// <c>simsid bench receive|send [--count N] [--size S] [--work DIR]</c>: loopback throughput of our SCP against
/// dcmtk storescp (both fed by storescu), and of our SCU against storescu (both sending to storescp). One JSON line
/// per contender and one with the ratio (ours / dcmtk; ≥ 1.0 means at least as fast).
/// </summary>
internal static class NetworkBenchCommand
{
    public static Command CreateReceive() => Create("receive", "C-STORE receive throughput: storescu -> our SCP vs storescu -> storescp.", ReceiveAsync);

    public static Command CreateSend() => Create("send", "C-STORE send throughput: our SCU -> storescp vs storescu -> storescp.", SendAsync);

    private static Command Create(string name, string description, Func<List<string>, string, int, long, CancellationToken, Task<(object Ours, object Dcmtk, double Ratio)>> run)
    {
        var count = new Option<int>("--count") { Description = "Instances in the set.", DefaultValueFactory = _ => 200 };
        var size = new Option<int>("--size") { Description = "Rows = columns of each 16-bit CR (2048 gives ~8 MB).", DefaultValueFactory = _ => 2048 };
        var work = new Option<DirectoryInfo?>("--work") { Description = "Scratch folder (default: system temp); removed afterwards." };
        var command = new Command(name, description) { count, size, work };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var root = Path.Combine(parseResult.GetValue(work)?.FullName ?? Path.GetTempPath(), $"simsid-bench-{Guid.NewGuid():N}");
            try
            {
                var files = NetworkBenchmark.CreateInstances(Path.Combine(root, "src"), parseResult.GetValue(count), parseResult.GetValue(size));
                var bytes = NetworkBenchmark.WarmUp(files);
                var (ours, dcmtk, ratio) = await run(files, root, files.Count, bytes, cancellationToken);
                Console.WriteLine(JsonSerializer.Serialize(ours));
                Console.WriteLine(JsonSerializer.Serialize(dcmtk));
                Console.WriteLine(JsonSerializer.Serialize(new { benchmark = name, ratio = Math.Round(ratio, 3), peakRssMiB = Math.Round(Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0, 1) }));
                return 0;
            }
            finally
            {
                if (Directory.Exists(root))
                {
                    Directory.Delete(root, recursive: true);
                }
            }
        });
        return command;
    }

    private static async Task<(object, object, double)> ReceiveAsync(List<string> files, string root, int count, long bytes, CancellationToken cancellationToken)
    {
        var source = Path.Combine(root, "src");
        TimeSpan oursElapsed;
        var outDir = Path.Combine(root, "ours");
        var options = new DicomScpOptions { BindAddress = "127.0.0.1", Port = 0, AeTitle = NetworkBenchmark.PeerAe, MaxPduLength = NetworkBenchmark.MaxPdu, StagingDirectory = Path.Combine(outDir, ".incoming") };
        await using (var listener = new DicomScpListener(Options.Create(options), DicomScpHandlerFactory.ForStore(new StudyFolderStoreHandler(outDir))))
        {
            await listener.StartAsync(cancellationToken);
            oursElapsed = await NetworkBenchmark.RunStorescuAsync(source, listener.Port, NetworkBenchmark.PeerAe, cancellationToken);
            await listener.StopAsync(cancellationToken);
        }

        var stored = Directory.GetFiles(outDir, "*.dcm", SearchOption.AllDirectories).Length;
        if (stored != count)
        {
            throw new InvalidOperationException($"Our SCP stored {stored} of {count} instances.");
        }

        var port = NetworkBenchmark.FreePort();
        var storescp = NetworkBenchmark.StartStorescp(Path.Combine(root, "dcmtk"), port);
        TimeSpan dcmtkElapsed;
        try
        {
            dcmtkElapsed = await NetworkBenchmark.RunStorescuAsync(source, port, NetworkBenchmark.PeerAe, cancellationToken);
        }
        finally
        {
            NetworkBenchmark.Stop(storescp);
        }

        return (NetworkBenchmark.Row("simsid-scp", count, bytes, oursElapsed), NetworkBenchmark.Row("dcmtk-storescp", count, bytes, dcmtkElapsed), dcmtkElapsed / oursElapsed);
    }

    private static async Task<(object, object, double)> SendAsync(List<string> files, string root, int count, long bytes, CancellationToken cancellationToken)
    {
        var port = NetworkBenchmark.FreePort();
        var storescp = NetworkBenchmark.StartStorescp(Path.Combine(root, "recv-ours"), port);
        var watch = Stopwatch.StartNew();
        try
        {
            var scu = new DicomScuOptions { CallingAe = "BENCHSCU", CalledAe = NetworkBenchmark.PeerAe, MaxPduLength = NetworkBenchmark.MaxPdu };
            await using var association = await DicomScuClient.ConnectAsync("127.0.0.1", port, scu, ScuProposal.ForInstances(files.Select(Part10Header.Read).Select(h => (h.SopClassUid, h.TransferSyntaxUid))), cancellationToken: cancellationToken);
            foreach (var file in files)
            {
                var result = await association.SendCStoreAsync(file, cancellationToken);
                if (!result.Status.IsSuccessOrWarning)
                {
                    throw new InvalidOperationException($"storescp answered {result.Status} for {file}.");
                }
            }

            await association.ReleaseAsync(cancellationToken);
            watch.Stop();
        }
        finally
        {
            NetworkBenchmark.Stop(storescp);
        }

        var oursElapsed = watch.Elapsed;
        port = NetworkBenchmark.FreePort();
        storescp = NetworkBenchmark.StartStorescp(Path.Combine(root, "recv-dcmtk"), port);
        TimeSpan dcmtkElapsed;
        try
        {
            dcmtkElapsed = await NetworkBenchmark.RunStorescuAsync(Path.Combine(root, "src"), port, NetworkBenchmark.PeerAe, cancellationToken);
        }
        finally
        {
            NetworkBenchmark.Stop(storescp);
        }

        return (NetworkBenchmark.Row("simsid-scu", count, bytes, oursElapsed), NetworkBenchmark.Row("dcmtk-storescu", count, bytes, dcmtkElapsed), dcmtkElapsed / oursElapsed);
    }
}
