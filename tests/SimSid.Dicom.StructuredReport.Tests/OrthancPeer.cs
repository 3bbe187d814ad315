using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using SimSid.Testing;

namespace SimSid.Dicom.StructuredReport.Tests;

/// <summary>
/// A throw-away Orthanc (Debian package) on loopback ports picked by the OS, storing into a temp folder:
/// the stand-in PACS the SR is sent to. Killed and its folder removed on dispose.
/// </summary>
internal sealed class OrthancPeer : IAsyncDisposable
{
    public const string AeTitle = "SRTESTPACS";

    private readonly Process _process;
    private readonly TempDirectory _storage;
    private readonly HttpClient _http;

    private OrthancPeer(Process process, TempDirectory storage, int dicomPort, int httpPort)
    {
        _process = process;
        _storage = storage;
        DicomPort = dicomPort;
        _http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{httpPort}/") };
    }

    public int DicomPort { get; }

    public static async Task<OrthancPeer> StartAsync(CancellationToken cancellationToken)
    {
        var storage = new TempDirectory("simsid-orthanc");
        var dicomPort = FreePort();
        var httpPort = FreePort();
        var config = new Dictionary<string, object>
        {
            ["Name"] = "SIMSID-SR-TEST",
            ["StorageDirectory"] = storage.Combine("db"),
            ["IndexDirectory"] = storage.Combine("db"),
            ["Plugins"] = Array.Empty<string>(),
            ["HttpServerEnabled"] = true,
            ["HttpPort"] = httpPort,
            ["RemoteAccessAllowed"] = false,
            ["AuthenticationEnabled"] = false,
            ["DicomServerEnabled"] = true,
            ["DicomAet"] = AeTitle,
            ["DicomPort"] = dicomPort,
            ["DicomCheckCalledAet"] = true,
            ["DicomAlwaysAllowStore"] = true,
            ["DicomAlwaysAllowEcho"] = true,
            ["UnknownSopClassAccepted"] = false,
            ["SaveJobs"] = false,
        };
        var configPath = storage.Combine("orthanc.json");
        await File.WriteAllTextAsync(configPath, JsonSerializer.Serialize(config), cancellationToken);
        Directory.CreateDirectory(storage.Combine("log"));
        var psi = new ProcessStartInfo(ExternalTool.Find("Orthanc"))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        psi.ArgumentList.Add("--logdir=" + storage.Combine("log"));
        psi.ArgumentList.Add(configPath);
        var process = Process.Start(psi) ?? throw new InvalidOperationException("Could not start Orthanc.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var peer = new OrthancPeer(process, storage, dicomPort, httpPort);
        await peer.WaitUntilListeningAsync(dicomPort, cancellationToken);
        return peer;
    }

    /// <summary>POST /tools/find and return the parsed JSON answer.</summary>
    public async Task<JsonElement> FindAsync(string level, object query, CancellationToken cancellationToken)
    {
        var body = JsonSerializer.Serialize(new { Level = level, Query = query, Expand = true });
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await _http.PostAsync(new Uri("tools/find", UriKind.Relative), content, cancellationToken);
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken)).RootElement.Clone();
    }

    public async Task<JsonElement> GetAsync(string path, CancellationToken cancellationToken)
    {
        var text = await _http.GetStringAsync(new Uri(path, UriKind.Relative), cancellationToken);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }

        _process.Dispose();
        _storage.Dispose();
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    private async Task WaitUntilListeningAsync(int port, CancellationToken cancellationToken)
    {
        while (true)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"Orthanc exited with code {_process.ExitCode} before listening on {port}.");
            }

            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port, cancellationToken);
                await _http.GetStringAsync(new Uri("system", UriKind.Relative), cancellationToken);
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
