using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace SimSid.Testing;

/// <summary>
/// A private RabbitMQ node (Debian rabbitmq-server, run as tools/services/rabbitmq.sh does) for tests that stop and
/// restart the broker: its own node name, AMQP and distribution ports and state folder, so the shared broker other tests
/// use is never touched. Stop and start it again on the same port and state with <see cref="StopAsync"/> and
/// <see cref="StartAsync(CancellationToken)"/>; dispose shuts it down (epmd is left running: other nodes may use it).
/// </summary>
public sealed class RabbitMqNode : IAsyncDisposable
{
    private const string Bin = "/usr/lib/rabbitmq/bin";
    private static readonly TimeSpan ControlTimeout = TimeSpan.FromSeconds(90);

    private readonly TempDirectory _state = new("simsid-rabbitmq-node");
    private readonly StringBuilder _output = new();
    private readonly int _distributionPort;
    private Process? _server;

    private RabbitMqNode()
    {
        Port = OrthancPeer.FreePort();
        _distributionPort = OrthancPeer.FreePort();
        NodeName = "simsidtest" + Port.ToString(CultureInfo.InvariantCulture) + "@localhost";
    }

    public string NodeName { get; }

    public int Port { get; }

    /// <summary>amqp://guest:guest@127.0.0.1:port/ (guest may connect over loopback).</summary>
    public Uri Uri => new($"amqp://guest:guest@127.0.0.1:{Port.ToString(CultureInfo.InvariantCulture)}/");

    /// <summary>What the node wrote to its console, for failure messages.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Starts a fresh node and waits until it accepts connections.</summary>
    public static async Task<RabbitMqNode> StartNewAsync(CancellationToken cancellationToken)
    {
        var node = new RabbitMqNode();
        try
        {
            await node.StartAsync(cancellationToken);
            return node;
        }
        catch
        {
            await node.DisposeAsync();
            throw;
        }
    }

    /// <summary>Starts the node (again, on the same port and state) and waits until it has booted.</summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (_server is { HasExited: false })
        {
            throw new InvalidOperationException($"RabbitMQ node {NodeName} is already running.");
        }

        _server?.Dispose();
        Directory.CreateDirectory(Path.Combine(_state.Path, "mnesia"));
        Directory.CreateDirectory(Path.Combine(_state.Path, "log"));
        await File.WriteAllTextAsync(Path.Combine(_state.Path, "enabled_plugins"), "[].", cancellationToken);
        File.Delete(PidFile);
        var psi = StartInfo("rabbitmq-server");
        psi.RedirectStandardOutput = true;
        psi.RedirectStandardError = true;
        _server = Process.Start(psi) ?? throw new InvalidOperationException("Could not start rabbitmq-server.");
        _server.OutputDataReceived += (_, e) => Append(e.Data);
        _server.ErrorDataReceived += (_, e) => Append(e.Data);
        _server.BeginOutputReadLine();
        _server.BeginErrorReadLine();

        // `rabbitmqctl wait` returns once the pid file exists and the broker application has booted.
        var wait = await ControlAsync(cancellationToken, "wait", "--timeout", "90", PidFile);
        if (wait.ExitCode != 0)
        {
            throw new InvalidOperationException($"RabbitMQ node {NodeName} did not boot: {wait.Combined}\n{Output}");
        }
    }

    /// <summary>Shuts the node down (rabbitmqctl shutdown waits for the VM to exit); messages on durable queues stay in its state.</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_server is null || _server.HasExited)
        {
            return;
        }

        var shutdown = await ControlAsync(cancellationToken, "shutdown", "--timeout", "60");
        if (shutdown.ExitCode != 0)
        {
            throw new InvalidOperationException($"rabbitmqctl shutdown of {NodeName} failed: {shutdown.Combined}");
        }

        await _server.WaitForExitAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            try
            {
                using var bounded = new CancellationTokenSource(TimeSpan.FromSeconds(60));
                await StopAsync(bounded.Token);
            }
            catch (Exception ex) when (ex is InvalidOperationException or OperationCanceledException)
            {
                // Fall through to the kill below.
            }

            if (!_server.HasExited)
            {
                _server.Kill(entireProcessTree: true);
                await _server.WaitForExitAsync();
            }

            _server.Dispose();
            _server = null;
        }

        _state.Dispose();
    }

    private string PidFile => Path.Combine(_state.Path, "rabbit.pid");

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    private ProcessStartInfo StartInfo(string tool)
    {
        var psi = new ProcessStartInfo(Path.Combine(Bin, tool)) { UseShellExecute = false };
        psi.Environment["RABBITMQ_BASE_DIR"] = _state.Path;
        psi.Environment["RABBITMQ_MNESIA_BASE"] = Path.Combine(_state.Path, "mnesia");
        psi.Environment["RABBITMQ_LOG_BASE"] = Path.Combine(_state.Path, "log");
        psi.Environment["RABBITMQ_PID_FILE"] = PidFile;
        psi.Environment["RABBITMQ_ENABLED_PLUGINS_FILE"] = Path.Combine(_state.Path, "enabled_plugins");
        psi.Environment["RABBITMQ_NODENAME"] = NodeName;
        psi.Environment["RABBITMQ_NODE_IP_ADDRESS"] = "127.0.0.1";
        psi.Environment["RABBITMQ_NODE_PORT"] = Port.ToString(CultureInfo.InvariantCulture);
        psi.Environment["RABBITMQ_DIST_PORT"] = _distributionPort.ToString(CultureInfo.InvariantCulture);
        psi.Environment["ERL_EPMD_ADDRESS"] = "127.0.0.1";
        psi.Environment["RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS"] = "-kernel inet_dist_use_interface {127,0,0,1}";
        return psi;
    }

    private async Task<ToolResult> ControlAsync(CancellationToken cancellationToken, params string[] arguments)
    {
        var psi = StartInfo("rabbitmqctl");
        psi.RedirectStandardOutput = true;
        psi.RedirectStandardError = true;
        foreach (var argument in arguments)
        {
            psi.ArgumentList.Add(argument);
        }

        using var process = Process.Start(psi) ?? throw new InvalidOperationException("Could not start rabbitmqctl.");
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        bounded.CancelAfter(ControlTimeout);
        try
        {
            await process.WaitForExitAsync(bounded.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return new ToolResult(process.ExitCode, await stdout, await stderr);
    }
}
