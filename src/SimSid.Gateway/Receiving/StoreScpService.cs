using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SimSid.Dicom.Network.Scp;
using SimSid.Gateway.Archive;
using SimSid.Gateway.State;

namespace SimSid.Gateway.Receiving;

/// <summary>Runs the C-STORE SCP; <see cref="StartAsync"/> binds and throws when it cannot (the host then exits non-zero).</summary>
public sealed class StoreScpService : IHostedService, IHealthCheck, IAsyncDisposable
{
    private readonly IOptions<DicomScpOptions> _scpOptions;
    private readonly Func<DicomScpListener> _createListener;
    private DicomScpListener? _listener;
    private readonly ILogger<StoreScpService> _logger;
    private bool _started;
    private int _disposed;

    public StoreScpService(
        IOptions<DicomScpOptions> scp,
        IOptions<GatewayOptions> gateway,
        InstanceArchive archive,
        StudyStore studies,
        GatewayMetrics metrics,
        ILoggerFactory loggerFactory,
        TimeProvider time)
    {
        _scpOptions = scp;
        _logger = loggerFactory.CreateLogger<StoreScpService>();

        // Options are read only at start, after the host has validated them all (so every bad key is reported at once).
        _createListener = () =>
        {
            var handler = new GatewayStoreHandler(archive, studies, gateway.Value, metrics, loggerFactory.CreateLogger<GatewayStoreHandler>(), time);
            return new DicomScpListener(scp, DicomScpHandlerFactory.ForStore(handler), loggerFactory.CreateLogger<DicomScpListener>(), time);
        };
    }

    /// <summary>The bound DICOM port.</summary>
    public int Port => _listener?.Port ?? throw new InvalidOperationException("The DICOM listener is not started.");

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        _listener = _createListener();
        await _listener.StartAsync(cancellationToken).ConfigureAwait(false);
        _started = true;
        Log.ScpStarted(_logger, _scpOptions.Value.AeTitle, _listener.Port);
    }

    public Task StopAsync(CancellationToken cancellationToken) => _listener?.StopAsync(cancellationToken) ?? Task.CompletedTask;

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(_started && _listener is not null ? HealthCheckResult.Healthy($"{_scpOptions.Value.AeTitle} on port {_listener.Port}") : HealthCheckResult.Unhealthy("The DICOM listener is not started."));

    /// <summary>Disposes the listener once (the host may dispose this service both as itself and as a hosted service).</summary>
    public ValueTask DisposeAsync() => Interlocked.Exchange(ref _disposed, 1) == 0 && _listener is not null ? _listener.DisposeAsync() : ValueTask.CompletedTask;
}
