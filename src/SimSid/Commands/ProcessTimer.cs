using System.Diagnostics;

namespace SimSid.Commands;

/// <summary>Runs an external program several times and reports the wall time of each run (output discarded).</summary>
internal static class ProcessTimer
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    /// <summary>The program's path on PATH, or null when it is not installed.</summary>
    public static string? Find(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "/usr/bin").Split(Path.PathSeparator)
            .Select(dir => Path.Combine(dir, program))
            .FirstOrDefault(File.Exists);

    /// <summary>Wall time in milliseconds of each of <paramref name="runs"/> runs; throws when a run fails.</summary>
    public static double[] Time(string program, IReadOnlyList<string> arguments, int runs)
    {
        var times = new double[runs];
        for (var i = 0; i < runs; i++)
        {
            times[i] = RunOnce(program, arguments);
        }

        return times;
    }

    private static double RunOnce(string program, IReadOnlyList<string> arguments)
    {
        var psi = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            psi.ArgumentList.Add(argument);
        }

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(psi) ?? throw new InvalidOperationException($"could not start {program}");
        var drainOut = process.StandardOutput.BaseStream.CopyToAsync(Stream.Null);
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} did not finish within {Timeout}");
        }

        process.WaitForExit();
        drainOut.Wait();
        clock.Stop();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} exited {process.ExitCode}: {stderr.Result.Trim()}");
        }

        return clock.Elapsed.TotalMilliseconds;
    }
}
