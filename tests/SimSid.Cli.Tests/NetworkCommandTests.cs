using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using SimSid.Testing;

namespace SimSid.Cli.Tests;

/// <summary>The echo, send and receive verbs against dcmtk's storescp and storescu.</summary>
public sealed class NetworkCommandTests
{
    private static readonly string Simsid = Path.Combine(AppContext.BaseDirectory, "simsid.dll");

    private static string P(int port) => port.ToString(CultureInfo.InvariantCulture);

    [Fact]
    public async Task EchoAndSend_ToStorescp_PerFileStatusSummaryAndExitCodes()
    {
        using var temp = new TempDirectory("cli-send");
        var folder = temp.Combine("set");
        Directory.CreateDirectory(Path.Combine(folder, "nested"));
        CliFixtures.CreateCr(temp, "a");
        File.Move(temp.Combine("a.dcm"), Path.Combine(folder, "a.dcm"));
        CliFixtures.CreateCr(temp, "b");
        File.Move(temp.Combine("b.dcm"), Path.Combine(folder, "nested", "b.dcm"));
        await File.WriteAllTextAsync(Path.Combine(folder, "notes.txt"), "not dicom");
        var port = FreePort();
        using var storescp = Start("storescp", "-aet", "PEER", "+xa", "-od", temp.Combine("recv"), P(port));
        Directory.CreateDirectory(temp.Combine("recv"));
        await WaitForPortAsync(port);

        var echo = ExternalTool.Run("dotnet", Simsid, "echo", "--host", "127.0.0.1", "--port", P(port), "--called-ae", "PEER");
        var send = ExternalTool.Run("dotnet", Simsid, "send", "--host", "127.0.0.1", "--port", P(port), "--called-ae", "PEER", "--calling-ae", "CLI", folder);
        var named = ExternalTool.Run("dotnet", Simsid, "send", "--host", "127.0.0.1", "--port", P(port), "--called-ae", "PEER", Path.Combine(folder, "notes.txt"));

        Assert.True(echo.ExitCode == 0, echo.Combined);
        Assert.True(send.ExitCode == 0, send.Combined);
        Assert.Contains("Sent 2, failed 0, skipped 1", send.StandardOutput, StringComparison.Ordinal);
        Assert.Equal(2, send.StandardOutput.Split('\n').Count(l => l.StartsWith("OK ", StringComparison.Ordinal)));
        Assert.DoesNotContain(CliFixtures.PatientName, send.Combined, StringComparison.Ordinal);
        Assert.Equal(2, Directory.GetFiles(temp.Combine("recv")).Length);
        Assert.NotEqual(0, named.ExitCode);
        Stop(storescp);
    }

    [Fact]
    public void Echo_NobodyListening_ExitsNonZero()
    {
        var echo = ExternalTool.Run("dotnet", Simsid, "echo", "--host", "127.0.0.1", "--port", P(FreePort()), "--called-ae", "NOBODY", "--timeout", "5");

        Assert.NotEqual(0, echo.ExitCode);
    }

    [Fact]
    public async Task Receive_StorescuThenSigterm_WritesStudySeriesTreeAndExitsZero()
    {
        using var temp = new TempDirectory("cli-receive");
        var source = CliFixtures.CreateCr(temp, "c");
        var port = FreePort();
        using var receiver = Start("dotnet", Simsid, "receive", "--port", P(port), "--bind", "127.0.0.1", "--ae", "RECV", "--out", temp.Combine("out"), "--allow-ae", "SENDER");
        await WaitForPortAsync(port);

        var stranger = ExternalTool.Run("storescu", "-aet", "STRANGER", "-aec", "RECV", "127.0.0.1", P(port), source);
        var sent = ExternalTool.Run("storescu", "-aet", "SENDER", "-aec", "RECV", "127.0.0.1", P(port), source);
        ExternalTool.RunChecked("kill", "-TERM", receiver.Id.ToString(CultureInfo.InvariantCulture));
        var exited = receiver.WaitForExit(30_000);

        Assert.NotEqual(0, stranger.ExitCode);
        Assert.True(sent.ExitCode == 0, sent.Combined);
        Assert.True(exited);
        Assert.Equal(0, receiver.ExitCode);
        var stored = temp.Combine("out", "1.2.826.0.1.3680043.2.1143.99.100", "1.2.826.0.1.3680043.2.1143.99.101", CliFixtures.SopInstanceUid("c") + ".dcm");
        Assert.True(File.Exists(stored));
        Assert.Equal(DataSetBytes(source), DataSetBytes(stored));
    }

    /// <summary>The bytes after the meta group: the stored file carries our meta header, the data set is unchanged.</summary>
    private static byte[] DataSetBytes(string path) =>
        File.ReadAllBytes(path)[(int)Dicom.Network.Files.Part10Header.Read(path).DataSetOffset..];

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    private static Process Start(string tool, params string[] arguments)
    {
        var psi = new ProcessStartInfo(ExternalTool.Find(tool)) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in arguments)
        {
            psi.ArgumentList.Add(a);
        }

        var process = Process.Start(psi)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static void Stop(Process process)
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
    }

    private static async Task WaitForPortAsync(int port)
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (true)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port, cts.Token);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(50, cts.Token); // Readiness probe for a child process.
            }
        }
    }
}
