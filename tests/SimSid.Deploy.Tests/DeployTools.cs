using System.Reflection;
using SimSid.Testing;

namespace SimSid.Deploy.Tests;

/// <summary>
/// Locates the repository and the deployment validation tools that <c>deploy/validate.sh</c> installs: the helm v4
/// binary in <c>.tools/helm/</c> and the npm packages in <c>deploy/validate/node_modules</c>. A missing tool is a
/// failure with the install command, never a skip.
/// </summary>
internal static class DeployTools
{
    private static readonly Lazy<string> Root = new(FindRoot);

    public static string RepositoryRoot => Root.Value;

    public static string Chart => Path.Combine(RepositoryRoot, "helm", "simsid");

    public static string Helm => Require(
        Path.Combine(Environment.GetEnvironmentVariable("SIMSID_TOOLS_DIR") ?? Path.Combine(RepositoryRoot, ".tools"), "helm", "helm"));

    public static string ValidatorScript(string name) =>
        Require(Path.Combine(RepositoryRoot, "deploy", "validate", "node_modules", ".package-lock.json"), Path.Combine(RepositoryRoot, "deploy", "validate", name));

    public static string Dockerfilelint => Require(Path.Combine(RepositoryRoot, "deploy", "validate", "node_modules", ".bin", "dockerfilelint"));

    /// <summary>Runs a tool in the repository root (relative paths in the arguments resolve there).</summary>
    public static ToolResult Run(string tool, params string[] arguments) =>
        ExternalTool.Run(tool, arguments, TimeSpan.FromMinutes(2), RepositoryRoot);

    /// <summary>Renders the chart with an optional values file (relative to the chart) into <paramref name="target"/>.</summary>
    public static ToolResult RenderChart(string target, string? valuesFile, params string[] extraArguments)
    {
        List<string> arguments = ["template", "simsid", Chart];
        if (valuesFile is not null)
        {
            arguments.AddRange(["-f", Path.Combine(Chart, valuesFile)]);
        }

        arguments.AddRange(extraArguments);
        var result = ExternalTool.Run(Helm, arguments, TimeSpan.FromMinutes(2), RepositoryRoot);
        File.WriteAllText(target, result.StandardOutput);
        return result;
    }

    private static string Require(string path) => Require(path, path);

    private static string Require(string probe, string result) =>
        File.Exists(probe)
            ? result
            : throw new InvalidOperationException($"{probe} is missing: run deploy/validate.sh --tools-only (test.sh does) to install the deployment tools.");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SimSid.sln")))
            {
                return dir.FullName;
            }
        }

        // Built with --artifacts-path outside the tree: the source root recorded at build time.
        var recorded = typeof(DeployTools).Assembly.GetCustomAttributes(typeof(AssemblyMetadataAttribute), inherit: false)
            .OfType<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "SimSidRepositoryRoot")?.Value;
        if (recorded is not null && File.Exists(Path.Combine(recorded, "SimSid.sln")))
        {
            return Path.GetFullPath(recorded);
        }

        throw new InvalidOperationException("SimSid.sln not found above the test binaries nor at the recorded source root.");
    }
}
