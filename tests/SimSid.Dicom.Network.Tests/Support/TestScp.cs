using Microsoft.Extensions.Options;
using SimSid.Dicom.Network.Scp;
using SimSid.Testing;

namespace SimSid.Dicom.Network.Tests.Support;

/// <summary>Our SCP on 127.0.0.1:0 storing into a temporary study-folder tree.</summary>
internal sealed class TestScp : IAsyncDisposable
{
    public const string AeTitle = "SIMSIDTEST";

    private readonly TempDirectory _temp = new("simsid-scp");

    private TestScp(Action<DicomScpOptions>? configure, IDicomScpHandlerFactory? factory)
    {
        Options = new DicomScpOptions
        {
            BindAddress = "127.0.0.1",
            Port = 0,
            AeTitle = AeTitle,
            StagingDirectory = Path.Combine(_temp.Path, "out", ".incoming"),
        };
        configure?.Invoke(Options);
        OutDirectory = Path.Combine(_temp.Path, "out");
        Listener = new DicomScpListener(Microsoft.Extensions.Options.Options.Create(Options), factory ?? DicomScpHandlerFactory.ForStore(new StudyFolderStoreHandler(OutDirectory)));
    }

    public DicomScpOptions Options { get; }

    public DicomScpListener Listener { get; }

    public string OutDirectory { get; }

    public string StagingDirectory => Options.StagingDirectory;

    public string ScratchDirectory => _temp.Combine("scratch");

    public int Port => Listener.Port;

    public static async Task<TestScp> StartAsync(Action<DicomScpOptions>? configure = null, IDicomScpHandlerFactory? factory = null)
    {
        var scp = new TestScp(configure, factory);
        await scp.Listener.StartAsync();
        return scp;
    }

    /// <summary>All stored instances (hidden staging files excluded).</summary>
    public string[] StoredFiles() =>
        Directory.Exists(OutDirectory)
            ? [.. Directory.GetFiles(OutDirectory, "*.dcm", SearchOption.AllDirectories).Where(f => !f.Contains("/.incoming/", StringComparison.Ordinal)).Order(StringComparer.Ordinal)]
            : [];

    public string[] StagingFiles() => Directory.Exists(StagingDirectory) ? Directory.GetFiles(StagingDirectory) : [];

    public async ValueTask DisposeAsync()
    {
        await Listener.DisposeAsync();
        _temp.Dispose();
    }
}
