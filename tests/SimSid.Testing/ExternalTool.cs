using System.Diagnostics;

namespace SimSid.Testing;

/// <summary>The outcome of running an independent peer tool (dcmtk, dicom3tools, Orthanc, python3).</summary>
public sealed record ToolResult(int ExitCode, string StandardOutput, string StandardError)
{
    public string Combined => StandardOutput + StandardError;
}

/// <summary>
/// Runs the independent implementations the interoperability tests compare against. A missing tool is a
/// test failure with the install hint, never a silent skip: test.sh installs them.
/// </summary>
public static class ExternalTool
{
    public static ToolResult Run(string tool, IEnumerable<string> arguments, TimeSpan? timeout = null, string? workingDirectory = null)
    {
        var path = Find(tool);
        var psi = new ProcessStartInfo(path)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (var a in arguments)
        {
            psi.ArgumentList.Add(a);
        }

        using var process = Process.Start(psi) ?? throw new InvalidOperationException($"Could not start {tool}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout ?? TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{tool} did not finish within {timeout ?? TimeSpan.FromMinutes(2)}.");
        }

        process.WaitForExit();
        return new ToolResult(process.ExitCode, stdout.Result, stderr.Result);
    }

    public static ToolResult Run(string tool, params string[] arguments) => Run(tool, (IEnumerable<string>)arguments);

    /// <summary>Runs a tool and fails with its output when the exit code is not zero.</summary>
    public static ToolResult RunChecked(string tool, params string[] arguments)
    {
        var result = Run(tool, arguments);
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"{tool} {string.Join(' ', arguments)} exited {result.ExitCode}:\n{result.Combined}");
        }

        return result;
    }

    public static string Find(string tool)
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "/usr/bin").Split(':'))
        {
            var candidate = Path.Combine(dir, tool);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException(
            $"'{tool}' is not installed. Run ./test.sh (it installs dcmtk, dicom3tools, orthanc and python3-pydicom from Debian).");
    }
}
