using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace SimSid.Dicom.Network.Scp;

/// <summary>
/// The C-ECHO/C-STORE SCP: accepts TCP (optionally TLS) connections and runs one <c>ScpAssociation</c> per
/// connection. <see cref="StartAsync"/> binds (and throws when it cannot); <see cref="StopAsync"/> stops accepting and
/// lets in-flight associations finish until its token fires, then aborts them.
/// </summary>
public sealed class DicomScpListener : IAsyncDisposable
{
    private readonly DicomScpOptions _options;
    private readonly IDicomScpHandlerFactory _factory;
    private readonly ILogger _logger;
    private readonly TimeProvider _time;
    private readonly CancellationTokenSource _abort = new();
    private readonly Lock _gate = new();
    private readonly HashSet<Task> _associations = [];
    private TcpListener? _listener;
    private Task? _acceptLoop;
    private long _nextId;
    private int _activeAssociations;

    public DicomScpListener(IOptions<DicomScpOptions> options, IDicomScpHandlerFactory factory, ILogger<DicomScpListener>? logger = null, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(factory);
        _options = options.Value;
        _factory = factory;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        _time = timeProvider ?? TimeProvider.System;
    }

    /// <summary>The bound port (useful after binding port 0).</summary>
    public int Port => (_listener?.LocalEndpoint as IPEndPoint)?.Port ?? throw new InvalidOperationException("The listener is not started.");

    /// <summary>Associations currently holding a slot.</summary>
    public int ActiveAssociations => Volatile.Read(ref _activeAssociations);

    public Task StartAsync(CancellationToken cancellationToken = default)
    {
        if (_listener is not null)
        {
            throw new InvalidOperationException("The listener is already started.");
        }

        var listener = new TcpListener(IPAddress.Parse(_options.BindAddress), _options.Port);
        listener.Start(backlog: 128);
        _listener = listener;
        Log.ListenerStarted(_logger, _options.AeTitle, listener.LocalEndpoint);
        _acceptLoop = Task.Run(AcceptLoopAsync, CancellationToken.None);
        return Task.CompletedTask;
    }

    /// <summary>Stops accepting, waits for in-flight associations, aborts those still running when the token fires.</summary>
    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        if (_listener is null)
        {
            return;
        }

        _listener.Stop();
        if (_acceptLoop is not null)
        {
            await _acceptLoop.ConfigureAwait(false);
        }

        Task[] running;
        lock (_gate)
        {
            running = [.. _associations];
        }

        using var registration = cancellationToken.Register(() => _abort.Cancel());
        await Task.WhenAll(running).ConfigureAwait(false);
        Log.ListenerStopped(_logger, _options.AeTitle);
    }

    public async ValueTask DisposeAsync()
    {
        await _abort.CancelAsync().ConfigureAwait(false);
        await StopAsync(CancellationToken.None).ConfigureAwait(false);
        _abort.Dispose();
    }

    private async Task AcceptLoopAsync()
    {
        while (true)
        {
            Socket socket;
            try
            {
                socket = await _listener!.AcceptSocketAsync().ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is SocketException or ObjectDisposedException or InvalidOperationException)
            {
                return; // Stopped.
            }

            var task = Task.Run(() => RunConnectionAsync(socket), CancellationToken.None);
            lock (_gate)
            {
                _associations.Add(task);
            }

            _ = task.ContinueWith(
                t =>
                {
                    lock (_gate)
                    {
                        _associations.Remove(t);
                    }
                },
                CancellationToken.None,
                TaskContinuationOptions.ExecuteSynchronously,
                TaskScheduler.Default);
        }
    }

    private async Task RunConnectionAsync(Socket socket)
    {
        var id = Interlocked.Increment(ref _nextId);
        socket.NoDelay = true;
        var remote = socket.RemoteEndPoint;
        ScpAssociation? association = null;
        try
        {
            await using var network = new NetworkStream(socket, ownsSocket: true);
            Stream stream = network;
            if (_options.TlsCertificate is { } certificate)
            {
                var ssl = new SslStream(network, leaveInnerStreamOpen: false);
                stream = ssl;
                using var handshake = new CancellationTokenSource(_options.AssociationRequestTimeout, _time);
                using var linked = CancellationTokenSource.CreateLinkedTokenSource(handshake.Token, _abort.Token);
                await ssl.AuthenticateAsServerAsync(
                    new SslServerAuthenticationOptions
                    {
                        ServerCertificate = certificate,
                        ClientCertificateRequired = _options.RequireClientCertificate,
                    },
                    linked.Token).ConfigureAwait(false);
            }

            await using (stream.ConfigureAwait(false))
            {
                association = new ScpAssociation(stream, remote, _options, _factory, _logger, _time, id, TryTakeSlot);
                await association.RunAsync(_abort.Token).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is IOException or SocketException or OperationCanceledException or ObjectDisposedException or System.Security.Authentication.AuthenticationException)
        {
            Log.AssociationFailed(_logger, ex, id);
        }
#pragma warning disable CA1031 // Last line of defence: nothing from one association may reach the accept loop.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            Log.HandlerFailed(_logger, ex, id, "connection closed");
        }
        finally
        {
            if (association?.HoldsSlot == true)
            {
                Interlocked.Decrement(ref _activeAssociations);
            }
        }
    }

    private bool TryTakeSlot()
    {
        while (true)
        {
            var current = Volatile.Read(ref _activeAssociations);
            if (current >= _options.MaxAssociations)
            {
                return false;
            }

            if (Interlocked.CompareExchange(ref _activeAssociations, current + 1, current) == current)
            {
                return true;
            }
        }
    }
}
