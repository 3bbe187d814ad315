using System.CommandLine;
using System.Globalization;
using SimSid.Dicom.Network;
using SimSid.Dicom.Network.Files;
using SimSid.Dicom.Network.Scu;

namespace SimSid.Commands;

/// <summary>
/// <c>simsid send --host H --port P --called-ae AE [--calling-ae AE] PATH...</c>: C-STORE files and folders (recursive)
/// over one association, one line per file and a summary; exit 1 when any file failed.
/// </summary>
internal static class SendCommand
{
    public static Command Create()
    {
        var host = new Option<string>("--host") { Description = "Peer host name or address.", Required = true };
        var port = new Option<int>("--port") { Description = "Peer port.", DefaultValueFactory = _ => 104 };
        var calledAe = new Option<string>("--called-ae") { Description = "The peer's AE title.", Required = true };
        var callingAe = new Option<string>("--calling-ae") { Description = "Our AE title.", DefaultValueFactory = _ => "SIMSID" };
        var timeout = new Option<int>("--timeout") { Description = "Seconds allowed for connect, negotiation and each response.", DefaultValueFactory = _ => 60 };
        var paths = new Argument<string[]>("PATH") { Description = "DICOM Part 10 files or folders (searched recursively).", Arity = ArgumentArity.OneOrMore };
        var command = new Command("send", "Send DICOM files with C-STORE.") { host, port, calledAe, callingAe, timeout, paths };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var options = ScuCommandOptions.Create(parseResult.GetValue(callingAe)!, parseResult.GetValue(calledAe)!, parseResult.GetValue(timeout));
            var files = new List<(string Path, Part10Header Header)>();
            var failed = 0;
            var skipped = 0;
            foreach (var (path, named) in Expand(parseResult.GetValue(paths)!))
            {
                try
                {
                    files.Add((path, Part10Header.Read(path)));
                }
                catch (Exception ex) when (ex is InvalidDataException or IOException or EndOfStreamException or UnauthorizedAccessException)
                {
                    // A file named on the command line must be DICOM; other files met in folders are skipped.
                    Console.WriteLine($"{(named ? "FAIL" : "SKIP")} {path}: {ex.Message}");
                    failed += named ? 1 : 0;
                    skipped += named ? 0 : 1;
                }
            }

            var sent = await SendAllAsync(parseResult.GetValue(host)!, parseResult.GetValue(port), options, files, cancellationToken);
            failed += files.Count - sent;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Sent {sent}, failed {failed}, skipped {skipped} (not DICOM)."));
            return failed == 0 ? 0 : 1;
        });
        return command;
    }

    private static async Task<int> SendAllAsync(string host, int port, DicomScuOptions options, List<(string Path, Part10Header Header)> files, CancellationToken cancellationToken)
    {
        if (files.Count == 0)
        {
            return 0;
        }

        var proposal = ScuProposal.ForInstances(files.Select(f => (f.Header.SopClassUid, f.Header.TransferSyntaxUid)));
        var sent = 0;
        ScuAssociation? association = null;
        try
        {
            foreach (var (path, _) in files)
            {
                try
                {
                    association ??= await DicomScuClient.ConnectAsync(host, port, options, proposal, cancellationToken: cancellationToken);
                    var result = await association.SendCStoreAsync(path, cancellationToken);
                    var ok = result.Status.IsSuccessOrWarning;
                    sent += ok ? 1 : 0;
                    Console.WriteLine($"{(ok ? "OK  " : "FAIL")} {path}: {result.Status}{(result.ErrorComment is null ? string.Empty : " " + result.ErrorComment)}");
                }
                catch (DicomAssociationRejectedException ex)
                {
                    Console.WriteLine($"FAIL {path}: {ex.Message}");
                    return sent; // Every further attempt would be rejected the same way.
                }
                catch (Exception ex) when (ex is DicomNetworkException or System.Net.Sockets.SocketException or IOException or InvalidDataException or Dicom.DicomException)
                {
                    Console.WriteLine($"FAIL {path}: {ex.Message}");
                    if (ex is not Dicom.DicomException && association is not null)
                    {
                        await association.DisposeAsync();
                        association = null; // The next file opens a fresh association.
                    }
                }
            }

            if (association is not null)
            {
                await association.ReleaseAsync(cancellationToken);
            }
        }
        finally
        {
            if (association is not null)
            {
                await association.DisposeAsync();
            }
        }

        return sent;
    }

    private static IEnumerable<(string Path, bool Named)> Expand(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                foreach (var file in Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                {
                    yield return (file, false);
                }
            }
            else
            {
                yield return (path, true);
            }
        }
    }
}
