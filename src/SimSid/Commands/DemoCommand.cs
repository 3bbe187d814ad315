using System.Collections.Concurrent;
using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SimSid.Dicom;
using SimSid.Dicom.Network.Scp;
using SimSid.Dicom.Network.Scu;
using SimSid.Gateway.Receiving;
using SimSid.Gateway.State;
using SimSid.Inference;
using SimSid.Synthetic;

namespace SimSid.Commands;

/// <summary>
/// <c>simsid demo</c>: runs <c>serve</c> on loopback with a built-in store SCP as the PACS, sends synthetic studies
/// (or <c>--input DIR</c>) with our SCU, waits for the SRs and prints a triage table. Exit 0 when every study got its SR.
/// </summary>
internal static class DemoCommand
{
    public static Command Create()
    {
        var input = new Option<DirectoryInfo?>("--input") { Description = "Send the DICOM files of this folder instead of synthetic studies." };
        var count = new Option<int>("--count") { Description = "Synthetic studies to generate.", DefaultValueFactory = _ => 4 };
        var model = new Option<DirectoryInfo?>("--model") { Description = "Model folder (default: SIMSID_MODEL or the shipped models/zhanglab-*; else a tiny demo model is trained)." };
        var tiny = new Option<bool>("--tiny-model") { Description = "Train a tiny demo model on synthetic normals first instead of using the shipped one (seconds; its scores mean little)." };
        var work = new Option<DirectoryInfo>("--work") { Description = "Working folder (archive, state database, PACS folder).", DefaultValueFactory = _ => new DirectoryInfo(Path.Combine(".simsid", "demo")) };
        var timeout = new Option<int>("--timeout") { Description = "Seconds to wait for all SRs.", DefaultValueFactory = _ => 120 };
        var command = new Command("demo", "Run the whole pipeline on loopback: synthetic studies in, SRs out at a built-in PACS, triage table printed.") { input, count, model, tiny, work, timeout };
        command.SetAction((parseResult, cancellationToken) => RunAsync(
            parseResult.GetValue(input), parseResult.GetValue(count), parseResult.GetValue(tiny) ? null : parseResult.GetValue(model) ?? ShippedOrNone(), parseResult.GetRequiredValue(work), parseResult.GetValue(timeout), cancellationToken));
        return command;
    }

    private static DirectoryInfo? ShippedOrNone() => ModelDirectoryLocator.Find(null) is { } found ? new DirectoryInfo(found) : null;

    private static async Task<int> RunAsync(DirectoryInfo? input, int count, DirectoryInfo? modelOption, DirectoryInfo work, int timeoutSeconds, CancellationToken cancellationToken)
    {
        var root = work.FullName;
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }

        Directory.CreateDirectory(root);
        var modelDirectory = modelOption?.FullName ?? await DemoModel.TrainTinyAsync(root, cancellationToken).ConfigureAwait(false);
        var files = input is not null
            ? [.. Directory.EnumerateFiles(input.FullName, "*.dcm", SearchOption.AllDirectories).Order(StringComparer.Ordinal)]
            : SyntheticFolderWriter.Write(Path.Combine(root, "input"), new SyntheticFolderOptions { Count = count, Seed = 42, AbnormalFraction = 0.5 }).Select(f => f.Path).ToList();
        if (files.Count == 0)
        {
            await Console.Error.WriteLineAsync("No DICOM files to send.").ConfigureAwait(false);
            return 1;
        }

        var studiesByFile = files.ToDictionary(f => f, f => DicomFile.Open(f, new DicomReadOptions { StopBeforePixelData = true }).Dataset.GetString(DicomTag.StudyInstanceUID));
        var expected = studiesByFile.Values.Distinct(StringComparer.Ordinal).ToList();
        var arrived = new ConcurrentDictionary<string, (string SrUid, DateTimeOffset At)>(StringComparer.Ordinal);
        await using var pacs = DemoPacs.Create(Path.Combine(root, "pacs"), (study, sr) => arrived.TryAdd(study, (sr, DateTimeOffset.UtcNow)));
        await pacs.StartAsync(cancellationToken).ConfigureAwait(false);

        var app = RoleHost.Build("demo", gateway: true, inference: true, inMemoryOnly: true, LoopbackServeArguments.Create(root, modelDirectory, pacs.Port, "demo-pacs", TimeSpan.FromSeconds(2), TimeSpan.FromMilliseconds(250)));
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        var sentAt = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        try
        {
            var port = app.Services.GetRequiredService<StoreScpService>().Port;
            var association = await DicomScuClient.ConnectAsync("127.0.0.1", port, new DicomScuOptions { CallingAe = "DEMO-MODALITY", CalledAe = "SIMSID" }, ScuProposal.ForFiles(files), cancellationToken: cancellationToken).ConfigureAwait(false);
            await using (association.ConfigureAwait(false))
            {
                foreach (var file in files)
                {
                    var result = await association.SendCStoreAsync(file, cancellationToken).ConfigureAwait(false);
                    sentAt[studiesByFile[file]] = DateTimeOffset.UtcNow;
                    if (!result.Status.IsSuccessOrWarning)
                    {
                        await Console.Error.WriteLineAsync($"C-STORE of {Path.GetFileName(file)} failed: {result.Status}").ConfigureAwait(false);
                    }
                }

                await association.ReleaseAsync(cancellationToken).ConfigureAwait(false);
            }

            using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            wait.CancelAfter(TimeSpan.FromSeconds(timeoutSeconds));
            while (!expected.All(arrived.ContainsKey) && !wait.IsCancellationRequested)
            {
                await pacs.WaitForNextAsync(wait.Token).ConfigureAwait(false);
            }

            DemoTable.Print(expected, arrived, sentAt, app.Services.GetRequiredService<JobStore>());
        }
        finally
        {
            await app.StopAsync(CancellationToken.None).ConfigureAwait(false);
            await app.DisposeAsync().ConfigureAwait(false);
        }

        Console.WriteLine($"Model: {modelDirectory}");
        Console.WriteLine($"Archive and state database: {root}");
        Console.WriteLine($"SRs received by the demo PACS: {Path.Combine(root, "pacs")}");
        var missing = expected.Count(s => !arrived.ContainsKey(s));
        Console.WriteLine(missing == 0 ? $"All {expected.Count} studies got their SR." : $"{missing} of {expected.Count} studies got no SR within {timeoutSeconds} s.");
        return missing == 0 ? 0 : 1;
    }
}
