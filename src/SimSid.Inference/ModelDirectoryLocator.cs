namespace SimSid.Inference;

/// <summary>Finds the model folder: the configured one, else SIMSID_MODEL, else a shipped models/zhanglab-* beside the program or above the working directory.</summary>
public static class ModelDirectoryLocator
{
    public static string? Find(string? configured)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Path.GetFullPath(configured);
        }

        var fromEnvironment = Environment.GetEnvironmentVariable("SIMSID_MODEL");
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            return Path.GetFullPath(fromEnvironment);
        }

        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var models = Path.Combine(dir.FullName, "models");
                if (!Directory.Exists(models))
                {
                    continue;
                }

                var found = Directory.EnumerateDirectories(models, "zhanglab-*")
                    .Where(d => File.Exists(Path.Combine(d, "model.json")))
                    .Order(StringComparer.Ordinal)
                    .FirstOrDefault();
                if (found is not null)
                {
                    return found;
                }
            }
        }

        return null;
    }
}
