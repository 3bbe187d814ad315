using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using SimSid.Testing;

namespace SimSid.Dicom.Network.Tests.Support;

/// <summary>Orthanc started on loopback with a JSON configuration that knows one modality (our AE).</summary>
internal sealed class OrthancPeer : IDisposable
{
    public const string AeTitle = "ORTHANCTEST";

    private readonly TempDirectory _temp = new("simsid-orthanc");
    private PeerProcess? _process;

    private OrthancPeer()
    {
        DicomPort = PeerProcess.FreePort();
        HttpPort = PeerProcess.FreePort();
        Http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{HttpPort.ToString(CultureInfo.InvariantCulture)}/"), Timeout = TimeSpan.FromSeconds(60) };
    }

    public int DicomPort { get; }

    public int HttpPort { get; }

    public HttpClient Http { get; }

    /// <param name="modalityAe">The AE Orthanc accepts stores from and sends to.</param>
    /// <param name="modalityPort">The port of that AE's SCP on 127.0.0.1.</param>
    public static async Task<OrthancPeer> StartAsync(string modalityAe, int modalityPort)
    {
        var peer = new OrthancPeer();
        var db = peer._temp.Combine("db");
        var config = new Dictionary<string, object>
        {
            ["Name"] = "SIMSID-TEST-PACS",
            ["StorageDirectory"] = db,
            ["IndexDirectory"] = db,
            ["Plugins"] = Array.Empty<string>(),
            ["HttpServerEnabled"] = true,
            ["HttpPort"] = peer.HttpPort,
            ["RemoteAccessAllowed"] = false,
            ["AuthenticationEnabled"] = false,
            ["DicomServerEnabled"] = true,
            ["DicomAet"] = AeTitle,
            ["DicomPort"] = peer.DicomPort,
            ["DicomCheckCalledAet"] = true,
            ["DicomAlwaysAllowStore"] = false,
            ["DicomAlwaysAllowEcho"] = true,
            ["DicomCheckModalityHost"] = true,
            ["UnknownSopClassAccepted"] = false,
            ["DicomModalities"] = new Dictionary<string, object>
            {
                ["simsid"] = new Dictionary<string, object>
                {
                    ["AET"] = modalityAe,
                    ["Host"] = "127.0.0.1",
                    ["Port"] = modalityPort,
                    ["AllowEcho"] = true,
                    ["AllowStore"] = true,
                },
            },
            ["StableAge"] = 2,
            ["SaveJobs"] = false,
        };
        var configPath = peer._temp.Combine("orthanc.json");
        await File.WriteAllTextAsync(configPath, JsonSerializer.Serialize(config));
        Directory.CreateDirectory(peer._temp.Combine("log"));
        peer._process = PeerProcess.Start("Orthanc", "--logdir=" + peer._temp.Combine("log"), configPath);
        await peer._process.WaitForPortAsync(peer.HttpPort, TimeSpan.FromSeconds(30));
        await peer._process.WaitForPortAsync(peer.DicomPort, TimeSpan.FromSeconds(30));
        return peer;
    }

    public async Task<string[]> InstanceIdsAsync() =>
        await Http.GetFromJsonAsync<string[]>("instances") ?? [];

    public async Task<string> UploadAsync(string path)
    {
        using var content = new ByteArrayContent(await File.ReadAllBytesAsync(path));
        using var response = await Http.PostAsync("instances", content);
        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("ID").GetString()!;
    }

    public async Task DownloadAsync(string id, string path) =>
        await File.WriteAllBytesAsync(path, await Http.GetByteArrayAsync($"instances/{id}/file"));

    public async Task<HttpResponseMessage> PostAsync(string relative, string json)
    {
        using var content = new StringContent(json);
        return await Http.PostAsync(relative, content);
    }

    public void Dispose()
    {
        _process?.Dispose();
        Http.Dispose();
        _temp.Dispose();
    }
}
