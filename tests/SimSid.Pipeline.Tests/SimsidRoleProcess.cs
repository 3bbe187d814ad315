using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using SimSid.Testing;

namespace SimSid.Pipeline.Tests;

/// <summary>
/// One pipeline role (<c>simsid gateway</c>, <c>simsid inference</c>) as its own process, configured by
/// <c>--Section:Key=value</c> arguments, with its console kept for assertions and failure messages. It can be killed
/// hard (the whole process tree) at once when it writes a given line, as a worker crashing mid-stream.
/// </summary>
internal sealed class SimsidRoleProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly Lock _gate = new();
    private string? _killOn;

    private SimsidRoleProcess(Process process, int managementPort)
    {
        _process = process;
        ManagementPort = managementPort;
    }

    public static string Simsid { get; } = Path.Combine(AppContext.BaseDirectory, "simsid.dll");

    public int ManagementPort { get; }

    public bool HasExited => _process.HasExited;

    public string Output
    {
        get
        {
            lock (_gate)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Starts <c>simsid ROLE</c> with the settings and its management server on a free loopback port.</summary>
    public static SimsidRoleProcess Start(string role, IReadOnlyDictionary<string, string?> settings)
    {
        var managementPort = OrthancPeer.FreePort();
        var psi = new ProcessStartInfo("dotnet")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        psi.ArgumentList.Add(Simsid);
        psi.ArgumentList.Add(role);
        foreach (var (key, value) in settings)
        {
            if (!key.StartsWith("Management:", StringComparison.Ordinal))
            {
                psi.ArgumentList.Add($"--{key}={value}");
            }
        }

        psi.ArgumentList.Add("--Management:BindAddress=127.0.0.1");
        psi.ArgumentList.Add("--Management:Port=" + managementPort.ToString(CultureInfo.InvariantCulture));
        psi.Environment["OMP_NUM_THREADS"] = "1";
        var process = Process.Start(psi) ?? throw new InvalidOperationException($"Could not start simsid {role}.");
        var started = new SimsidRoleProcess(process, managementPort);
        process.OutputDataReceived += (_, e) => started.OnLine(e.Data);
        process.ErrorDataReceived += (_, e) => started.OnLine(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return started;
    }

    /// <summary>Polls /health/ready (bounded by <paramref name="ct"/>) until it answers 200; fails if the process exits first.</summary>
    public async Task WaitUntilReadyAsync(CancellationToken ct)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        var ready = new Uri($"http://127.0.0.1:{ManagementPort.ToString(CultureInfo.InvariantCulture)}/health/ready");
        while (true)
        {
            Assert.False(_process.HasExited, $"simsid exited with code {(_process.HasExited ? _process.ExitCode : 0).ToString(CultureInfo.InvariantCulture)} before it was ready:\n{Output}");
            try
            {
                using var response = await http.GetAsync(ready, ct);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(100, ct);
        }
    }

    /// <summary>Kills the process tree from the output reader the moment a line containing <paramref name="text"/> is written.</summary>
    public void KillOnLine(string text)
    {
        lock (_gate)
        {
            _killOn = text;
        }
    }

    /// <summary>Waits (bounded by <paramref name="ct"/>) until the process has exited.</summary>
    public Task WaitForExitAsync(CancellationToken ct) => _process.WaitForExitAsync(ct);

    /// <summary>Lines written so far that contain <paramref name="text"/>.</summary>
    public int CountLines(string text) => Output.Split('\n').Count(l => l.Contains(text, StringComparison.Ordinal));

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
        _process.Dispose();
    }

    private void OnLine(string? line)
    {
        if (line is null)
        {
            return;
        }

        bool kill;
        lock (_gate)
        {
            _output.AppendLine(line);
            kill = _killOn is not null && line.Contains(_killOn, StringComparison.Ordinal);
        }

        if (kill && !_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }
    }
}
