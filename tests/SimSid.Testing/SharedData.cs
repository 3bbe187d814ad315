namespace SimSid.Testing;

/// <summary>
/// Locates ../shared/data (read in place, never copied). Tests that need it use
/// <see cref="SharedDataFactAttribute"/> so they skip with a message on a fresh clone.
/// </summary>
public static class SharedData
{
    private static readonly Lazy<string?> Root = new(FindRoot);

    /// <summary>The absolute path of the shared data folder, or null when absent.</summary>
    public static string? Directory => Root.Value;

    public static string Path(params string[] parts)
    {
        var root = Directory ?? throw new InvalidOperationException("../shared/data is not present.");
        return System.IO.Path.Combine([root, .. parts]);
    }

    private static string? FindRoot()
    {
        var fromEnv = Environment.GetEnvironmentVariable("SIMSID_SHARED_DATA");
        if (!string.IsNullOrEmpty(fromEnv))
        {
            return System.IO.Directory.Exists(fromEnv) ? System.IO.Path.GetFullPath(fromEnv) : null;
        }

        // Walk up from the test binaries to the repository root (the folder holding SimSid.sln); shared/ is its sibling.
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "SimSid.sln")))
            {
                var candidate = System.IO.Path.Combine(dir.FullName, "..", "shared", "data");
                return System.IO.Directory.Exists(candidate) ? System.IO.Path.GetFullPath(candidate) : null;
            }
        }

        return null;
    }
}
