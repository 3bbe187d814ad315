using System.CommandLine;
using System.Globalization;
using SimSid.Dicom.Network;
using SimSid.Dicom.Network.Scu;

namespace SimSid.Commands;

/// <summary><c>simsid echo --host H --port P --called-ae AE [--calling-ae AE]</c>: C-ECHO, exit 0 on success.</summary>
internal static class EchoCommand
{
    public static Command Create()
    {
        var host = new Option<string>("--host") { Description = "Peer host name or address.", Required = true };
        var port = new Option<int>("--port") { Description = "Peer port.", DefaultValueFactory = _ => 104 };
        var calledAe = new Option<string>("--called-ae") { Description = "The peer's AE title.", Required = true };
        var callingAe = new Option<string>("--calling-ae") { Description = "Our AE title.", DefaultValueFactory = _ => "SIMSID" };
        var timeout = new Option<int>("--timeout") { Description = "Seconds allowed for connect, negotiation and each response.", DefaultValueFactory = _ => 30 };
        var command = new Command("echo", "Verify DICOM connectivity with a C-ECHO.") { host, port, calledAe, callingAe, timeout };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var options = ScuCommandOptions.Create(parseResult.GetValue(callingAe)!, parseResult.GetValue(calledAe)!, parseResult.GetValue(timeout));
            try
            {
                await using var association = await DicomScuClient.ConnectAsync(parseResult.GetValue(host)!, parseResult.GetValue(port), options, ScuProposal.Verification(), cancellationToken: cancellationToken);
                var status = await association.EchoAsync(cancellationToken);
                await association.ReleaseAsync(cancellationToken);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"C-ECHO {options.CalledAe}@{parseResult.GetValue(host)}:{parseResult.GetValue(port)}: {status}"));
                return status.IsSuccessOrWarning ? 0 : 1;
            }
            catch (Exception ex) when (ex is DicomNetworkException or System.Net.Sockets.SocketException or IOException or OperationCanceledException)
            {
                await Console.Error.WriteLineAsync($"C-ECHO failed: {ex.Message}");
                return 1;
            }
        });
        return command;
    }
}
