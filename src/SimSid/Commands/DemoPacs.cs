using Microsoft.Extensions.Options;
using SimSid.Dicom;
using SimSid.Dicom.Network.Scp;

namespace SimSid.Commands;

/// <summary>The demo's built-in PACS: a loopback store SCP keeping the SRs it receives.</summary>
internal sealed class DemoPacs : IAsyncDisposable
{
    public const string AeTitle = "DEMO-PACS";

    private readonly DicomScpListener _listener;
    private readonly SemaphoreSlim _arrived = new(0);

    private DemoPacs(DicomScpListener listener) => _listener = listener;

    public int Port => _listener.Port;

    public static DemoPacs Create(string folder, Action<string, string> onReport)
    {
        var options = new DicomScpOptions { AeTitle = AeTitle, BindAddress = "127.0.0.1", Port = 0, StagingDirectory = Path.Combine(folder, ".staging") };
        foreach (var sopClass in new[] { DicomUid.Verification, DicomUid.Comprehensive3DSRStorage, DicomUid.ComprehensiveSRStorage, DicomUid.EnhancedSRStorage, DicomUid.KeyObjectSelectionDocumentStorage })
        {
            options.SopClasses.Add(sopClass);
        }

        DemoPacs? pacs = null;
        var handler = new StudyFolderStoreHandler(folder, (instance, _) =>
        {
            onReport(instance.StudyInstanceUid, instance.SopInstanceUid);
            pacs!._arrived.Release();
            return ValueTask.CompletedTask;
        });
        pacs = new DemoPacs(new DicomScpListener(Options.Create(options), DicomScpHandlerFactory.ForStore(handler)));
        return pacs;
    }

    public Task StartAsync(CancellationToken cancellationToken) => _listener.StartAsync(cancellationToken);

    /// <summary>Waits for the next stored report (or cancellation, which ends the wait quietly).</summary>
    public async Task WaitForNextAsync(CancellationToken cancellationToken)
    {
        try
        {
            await _arrived.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Timed out: the caller reports what is missing.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _listener.DisposeAsync().ConfigureAwait(false);
        _arrived.Dispose();
    }
}
