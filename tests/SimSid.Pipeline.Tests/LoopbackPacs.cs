using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using SimSid.Dicom.Network.Scp;

namespace SimSid.Pipeline.Tests;

/// <summary>A store SCP on loopback playing the PACS: keeps what it receives and signals each stored instance.</summary>
internal sealed class LoopbackPacs : IAsyncDisposable
{
    private readonly DicomScpListener _listener;
    private readonly ConcurrentQueue<StoredInstance> _stored = new();
    private readonly SemaphoreSlim _arrived = new(0);

    public LoopbackPacs(string folder)
    {
        var options = new DicomScpOptions { AeTitle = "TESTPACS", BindAddress = "127.0.0.1", Port = 0, StagingDirectory = Path.Combine(folder, ".staging") };
        options.SopClasses.Add("1.2.840.10008.1.1");
        options.SopClasses.Add(SimSid.Dicom.DicomUid.Comprehensive3DSRStorage);
        options.SopClasses.Add(SimSid.Dicom.DicomUid.ComprehensiveSRStorage);
        options.SopClasses.Add(SimSid.Dicom.DicomUid.EnhancedSRStorage);
        var handler = new StudyFolderStoreHandler(folder, (instance, _) =>
        {
            _stored.Enqueue(instance);
            _arrived.Release();
            return ValueTask.CompletedTask;
        });
        _listener = new DicomScpListener(Options.Create(options), DicomScpHandlerFactory.ForStore(handler));
    }

    public int Port => _listener.Port;

    public IReadOnlyCollection<StoredInstance> Stored => [.. _stored];

    public Task StartAsync() => _listener.StartAsync();

    /// <summary>Waits until <paramref name="count"/> instances have arrived (fails after <paramref name="timeout"/>).</summary>
    public async Task WaitForAsync(int count, TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        for (var i = 0; i < count; i++)
        {
            await _arrived.WaitAsync(cts.Token);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _listener.DisposeAsync();
        _arrived.Dispose();
    }
}
