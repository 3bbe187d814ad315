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
    private readonly DicomScpListener _listener;
    private readonly DicomScpOptions _scp;
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
        _scp = scp.Value;
        _logger = loggerFactory.CreateLogger<StoreScpService>();
        var handler = new GatewayStoreHandler(archive, studies, gateway.Value, metrics, loggerFactory.CreateLogger<GatewayStoreHandler>(), time);
        _listener = new DicomScpListener(scp, DicomScpHandlerFactory.ForStore(handler), loggerFactory.CreateLogger<DicomScpListener>(), time);
    }

    /// <summary>The bound DICOM port.</summary>
    public int Port => _listener.Port;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await _listener.StartAsync(cancellationToken).ConfigureAwait(false);
        _started = true;
        Log.ScpStarted(_logger, _scp.AeTitle, _listener.Port);
    }

    public Task StopAsync(CancellationToken cancellationToken) => _listener.StopAsync(cancellationToken);

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(_started ? HealthCheckResult.Healthy($"{_scp.AeTitle} on port {_listener.Port}") : HealthCheckResult.Unhealthy("The DICOM listener is not started."));

    /// <summary>Disposes the listener once (the host may dispose this service both as itself and as a hosted service).</summary>
    public ValueTask DisposeAsync() => Interlocked.Exchange(ref _disposed, 1) == 0 ? _listener.DisposeAsync() : ValueTask.CompletedTask;
}
