using SimSid.Testing;

namespace SimSid.Cli.Tests;

/// <summary>
/// Runs <c>simsid demo --count 2 --tiny-model</c> once, so the demo trains its tiny model first; the
/// demo and report tests share the run, its trained model and its synthetic input studies.
/// </summary>
public sealed class TrainedDemoFixture : IDisposable
{
    private readonly TempDirectory _temp = new("cli-demo");

    public TrainedDemoFixture()
    {
        Environment.SetEnvironmentVariable("OMP_NUM_THREADS", "1");
        Environment.SetEnvironmentVariable("SIMSID_MODEL", null);
        Work = _temp.Combine("work");
        Result = ExternalTool.Run(
            "dotnet",
            [Simsid, "demo", "--count", "2", "--tiny-model", "--work", Work, "--timeout", "60"],
            TimeSpan.FromMinutes(3),
            workingDirectory: _temp.Path);
    }

    public static string Simsid { get; } = Path.Combine(AppContext.BaseDirectory, "simsid.dll");

    /// <summary>The demo's working folder: model/, input/, pacs/, archive/.</summary>
    public string Work { get; }

    public ToolResult Result { get; }

    public string ModelDirectory => Path.Combine(Work, "model");

    public string Scratch(string name)
    {
        var path = _temp.Combine(name);
        Directory.CreateDirectory(path);
        return path;
    }

    public void Dispose() => _temp.Dispose();
}
