using System.CommandLine;
using System.Runtime.InteropServices;
using Microsoft.Extensions.Options;
using SimSid.Dicom.Network.Scp;

namespace SimSid.Commands;

/// <summary>
/// <c>simsid receive --port P --ae AE --out DIR [--allow-ae AE[@host]]...</c>: a standalone C-STORE SCP writing
/// <c>DIR/&lt;StudyInstanceUID&gt;/&lt;SeriesInstanceUID&gt;/&lt;SOPInstanceUID&gt;.dcm</c>. SIGINT/SIGTERM stop accepting,
/// let in-flight associations finish (bounded by --drain-seconds), then exit 0.
/// </summary>
internal static class ReceiveCommand
{
    public static Command Create()
    {
        var port = new Option<int>("--port") { Description = "Port to listen on.", DefaultValueFactory = _ => 11112 };
        var bind = new Option<string>("--bind") { Description = "Address to bind.", DefaultValueFactory = _ => "0.0.0.0" };
        var ae = new Option<string>("--ae") { Description = "Our AE title (the called AE peers must use).", DefaultValueFactory = _ => "SIMSID" };
        var output = new Option<DirectoryInfo>("--out") { Description = "Folder receiving the study/series/instance tree.", Required = true };
        var allow = new Option<string[]>("--allow-ae") { Description = "Calling AE allowed (AE or AE@host); repeatable; none = all.", DefaultValueFactory = _ => [] };
        var drain = new Option<int>("--drain-seconds") { Description = "How long in-flight associations may continue after a stop signal.", DefaultValueFactory = _ => 30 };
        var command = new Command("receive", "Run a C-STORE SCP that stores received instances to disk.") { port, bind, ae, output, allow, drain };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var root = parseResult.GetValue(output)!.FullName;
            var options = new DicomScpOptions
            {
                Port = parseResult.GetValue(port),
                BindAddress = parseResult.GetValue(bind)!,
                AeTitle = parseResult.GetValue(ae)!,
                StagingDirectory = Path.Combine(root, ".incoming"),
            };
            foreach (var entry in parseResult.GetValue(allow) ?? [])
            {
                options.AllowedCallingAes.Add(entry);
            }

            var store = new StudyFolderStoreHandler(root, (stored, _) =>
            {
                Console.WriteLine($"stored {Path.GetRelativePath(root, stored.Path)} from {stored.CallingAe}");
                return ValueTask.CompletedTask;
            });
            await using var listener = new DicomScpListener(Options.Create(options), DicomScpHandlerFactory.ForStore(store));
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context => { context.Cancel = true; stop.Cancel(); });
            using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, context => { context.Cancel = true; stop.Cancel(); });
            await listener.StartAsync(CancellationToken.None);
            Console.WriteLine($"Listening on {options.BindAddress}:{listener.Port} as {options.AeTitle}, writing to {root}");
            try
            {
                await Task.Delay(Timeout.Infinite, stop.Token);
            }
            catch (OperationCanceledException)
            {
                // Stop requested.
            }

            Console.WriteLine("Stopping: finishing in-flight associations.");
            using var drainTimeout = new CancellationTokenSource(TimeSpan.FromSeconds(Math.Max(0, parseResult.GetValue(drain))));
            await listener.StopAsync(drainTimeout.Token);
            return 0;
        });
        return command;
    }
}
