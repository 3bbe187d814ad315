using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace SimSid.Testing;

/// <summary>
/// A throw-away Orthanc (Debian package) on loopback ports picked by the OS, storing into a temp folder: the
/// stand-in PACS. With a modality it accepts stores only from that AE (on 127.0.0.1) and can send to it as
/// <c>modalities/simsid</c>; without one it accepts stores from any AE. Killed and its folder removed on dispose.
/// </summary>
public sealed class OrthancPeer : IAsyncDisposable, IDisposable
{
    public const string AeTitle = "ORTHANCTEST";

    private readonly TempDirectory _temp = new("simsid-orthanc");
    private Process? _process;

    private OrthancPeer()
    {
        DicomPort = FreePort();
        HttpPort = FreePort();
        Http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{HttpPort.ToString(CultureInfo.InvariantCulture)}/"), Timeout = TimeSpan.FromSeconds(60) };
    }

    public int DicomPort { get; }

    public int HttpPort { get; }

    public HttpClient Http { get; }

    /// <summary>Starts Orthanc accepting stores from any AE.</summary>
    public static Task<OrthancPeer> StartAsync(CancellationToken cancellationToken = default) =>
        StartAsync(null, 0, cancellationToken);

    /// <param name="modalityAe">The AE Orthanc accepts stores from and sends to; null accepts stores from any AE.</param>
    /// <param name="modalityPort">The port of that AE's SCP on 127.0.0.1.</param>
    /// <param name="cancellationToken">Bounds the start (at most 30 s in any case).</param>
    public static async Task<OrthancPeer> StartAsync(string? modalityAe, int modalityPort, CancellationToken cancellationToken = default)
    {
        var peer = new OrthancPeer();
        try
        {
            await peer.LaunchAsync(modalityAe, modalityPort, cancellationToken);
            return peer;
        }
        catch
        {
            await peer.DisposeAsync();
            throw;
        }
    }

    /// <summary>A port free at the time of the call on 127.0.0.1.</summary>
    public static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    public async Task<string[]> InstanceIdsAsync(CancellationToken cancellationToken = default) =>
        await Http.GetFromJsonAsync<string[]>(new Uri("instances", UriKind.Relative), cancellationToken) ?? [];

    public async Task<string> UploadAsync(string path, CancellationToken cancellationToken = default)
    {
        using var content = new ByteArrayContent(await File.ReadAllBytesAsync(path, cancellationToken));
        using var response = await Http.PostAsync(new Uri("instances", UriKind.Relative), content, cancellationToken);
        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
        return json.RootElement.GetProperty("ID").GetString()!;
    }

    public async Task DownloadAsync(string id, string path, CancellationToken cancellationToken = default) =>
        await File.WriteAllBytesAsync(path, await Http.GetByteArrayAsync(new Uri($"instances/{id}/file", UriKind.Relative), cancellationToken), cancellationToken);

    public async Task<HttpResponseMessage> PostAsync(string relative, string json, CancellationToken cancellationToken = default)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        return await Http.PostAsync(new Uri(relative, UriKind.Relative), content, cancellationToken);
    }

    /// <summary>POST /tools/find (expanded) and return the parsed JSON answer.</summary>
    public async Task<JsonElement> FindAsync(string level, object query, CancellationToken cancellationToken = default)
    {
        var body = JsonSerializer.Serialize(new { Level = level, Query = query, Expand = true });
        using var response = await PostAsync("tools/find", body, cancellationToken);
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken)).RootElement.Clone();
    }

    /// <summary>GET a REST resource and return the parsed JSON answer.</summary>
    public async Task<JsonElement> GetAsync(string path, CancellationToken cancellationToken = default)
    {
        var text = await Http.GetStringAsync(new Uri(path, UriKind.Relative), cancellationToken);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is not null)
        {
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
            _process = null;
        }

        Http.Dispose();
        _temp.Dispose();
    }

    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    private async Task LaunchAsync(string? modalityAe, int modalityPort, CancellationToken cancellationToken)
    {
        var db = _temp.Combine("db");
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
            ["DicomAet"] = AeTitle,
            ["DicomPort"] = DicomPort,
            ["DicomCheckCalledAet"] = true,
            ["DicomAlwaysAllowStore"] = modalityAe is null,
            ["DicomAlwaysAllowEcho"] = true,
            ["DicomCheckModalityHost"] = modalityAe is not null,
            ["UnknownSopClassAccepted"] = false,
            ["StableAge"] = 2,
            ["SaveJobs"] = false,
        };
        if (modalityAe is not null)
        {
            config["DicomModalities"] = new Dictionary<string, object>
            {
                ["simsid"] = new Dictionary<string, object>
                {
                    ["AET"] = modalityAe,
                    ["Host"] = "127.0.0.1",
                    ["Port"] = modalityPort,
                    ["AllowEcho"] = true,
                    ["AllowStore"] = true,
                },
            };
        }

        await File.WriteAllTextAsync(_temp.Combine("orthanc.json"), JsonSerializer.Serialize(config), cancellationToken);
        Directory.CreateDirectory(_temp.Combine("log"));
        await StartProcessAsync(cancellationToken);
    }

    /// <summary>Kills Orthanc (a PACS failing hard) and waits until it has exited; its storage stays.</summary>
    public async Task StopAsync()
    {
        if (_process is null || _process.HasExited)
        {
            return;
        }

        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    /// <summary>Starts a stopped Orthanc again on the same ports and storage and waits until it answers (at most 30 s).</summary>
    public async Task RestartAsync(CancellationToken cancellationToken = default)
    {
        if (_process is { HasExited: false })
        {
            throw new InvalidOperationException("Orthanc is already running.");
        }

        _process?.Dispose();
        await StartProcessAsync(cancellationToken);
    }

    private async Task StartProcessAsync(CancellationToken cancellationToken)
    {
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
