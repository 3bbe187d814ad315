using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;

namespace SimSid.Testing;

/// <summary>
/// An Orthanc (Debian package) on loopback that a test can stop and start again on the same ports with the same storage,
/// as a PACS going down and coming back. It accepts stores from any AE. Killed and its folder removed on dispose.
/// </summary>
public sealed class RestartableOrthanc : IAsyncDisposable
{
    private readonly TempDirectory _temp = new("simsid-orthanc-restart");
    private Process? _process;

    private RestartableOrthanc()
    {
        DicomPort = OrthancPeer.FreePort();
        HttpPort = OrthancPeer.FreePort();
        Http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{HttpPort.ToString(CultureInfo.InvariantCulture)}/"), Timeout = TimeSpan.FromSeconds(60) };
    }

    public int DicomPort { get; }

    public int HttpPort { get; }

    public HttpClient Http { get; }

    public bool IsRunning => _process is { HasExited: false };

    public static async Task<RestartableOrthanc> StartNewAsync(CancellationToken cancellationToken)
    {
        var orthanc = new RestartableOrthanc();
        try
        {
            await orthanc.WriteConfigurationAsync(cancellationToken);
            await orthanc.StartAsync(cancellationToken);
            return orthanc;
        }
        catch
        {
            await orthanc.DisposeAsync();
            throw;
        }
    }

    /// <summary>Starts Orthanc (again) and waits until its DICOM port and REST API answer (at most 30 s).</summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (IsRunning)
        {
            throw new InvalidOperationException("Orthanc is already running.");
        }

        _process?.Dispose();
        var psi = new ProcessStartInfo(ExternalTool.Find("Orthanc"))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        psi.ArgumentList.Add("--logdir=" + _temp.Combine("log"));
        psi.ArgumentList.Add(_temp.Combine("orthanc.json"));
        _process = Process.Start(psi) ?? throw new InvalidOperationException("Could not start Orthanc.");
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        bounded.CancelAfter(TimeSpan.FromSeconds(30));
        await WaitUntilListeningAsync(bounded.Token);
    }

    /// <summary>Kills Orthanc (a PACS failing hard) and waits until it has exited.</summary>
    public async Task StopAsync()
    {
        if (_process is null || _process.HasExited)
        {
            return;
        }

        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _process?.Dispose();
        _process = null;
        Http.Dispose();
        _temp.Dispose();
    }

    private async Task WriteConfigurationAsync(CancellationToken cancellationToken)
    {
        var db = _temp.Combine("db");
        Directory.CreateDirectory(_temp.Combine("log"));
        var config = new Dictionary<string, object>
        {
            ["Name"] = "SIMSID-TEST-PACS",
            ["StorageDirectory"] = db,
            ["IndexDirectory"] = db,
            ["Plugins"] = Array.Empty<string>(),
            ["HttpServerEnabled"] = true,
            ["HttpPort"] = HttpPort,
            ["RemoteAccessAllowed"] = false,
            ["AuthenticationEnabled"] = false,
            ["DicomServerEnabled"] = true,
            ["DicomAet"] = OrthancPeer.AeTitle,
            ["DicomPort"] = DicomPort,
            ["DicomCheckCalledAet"] = true,
            ["DicomAlwaysAllowStore"] = true,
            ["DicomAlwaysAllowEcho"] = true,
            ["UnknownSopClassAccepted"] = false,
            ["StableAge"] = 2,
            ["SaveJobs"] = false,
        };
        await File.WriteAllTextAsync(_temp.Combine("orthanc.json"), JsonSerializer.Serialize(config), cancellationToken);
    }

    private async Task WaitUntilListeningAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            if (_process!.HasExited)
            {
                throw new InvalidOperationException($"Orthanc exited with code {_process.ExitCode.ToString(CultureInfo.InvariantCulture)} before listening on {DicomPort.ToString(CultureInfo.InvariantCulture)}.");
            }

            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, DicomPort, cancellationToken);
                await Http.GetStringAsync(new Uri("system", UriKind.Relative), cancellationToken);
                return;
            }
            catch (Exception e) when (e is SocketException or HttpRequestException)
            {
                // Readiness probe: Orthanc binds within a fraction of a second; the token bounds the wait.
                await Task.Delay(50, cancellationToken);
            }
        }
    }
}
