namespace SimSid.Commands;

/// <summary>
/// Finds the model directory for verbs that score: <c>--model</c> when given, else <c>SIMSID_MODEL</c>, else the shipped
/// default <c>models/zhanglab-*/</c> found beside the executable or in a parent of the working directory.
/// </summary>
internal static class DefaultModelLocator
{
    public static string Resolve(DirectoryInfo? explicitModel)
    {
        if (explicitModel is not null)
        {
            return explicitModel.FullName;
        }

        var fromEnvironment = Environment.GetEnvironmentVariable("SIMSID_MODEL");
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            return fromEnvironment;
        }

        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var models = Path.Combine(dir.FullName, "models");
                if (Directory.Exists(models))
                {
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
        }

        throw new DirectoryNotFoundException("No model given and no shipped model found: pass --model DIR or set SIMSID_MODEL.");
    }
}
