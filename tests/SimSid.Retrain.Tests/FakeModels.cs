using System.Globalization;

namespace SimSid.Retrain.Tests;

/// <summary>Model directories with a minimal valid model.json (no weights), enough for registry operations.</summary>
internal static class FakeModels
{
    public static string Create(string parent, string version, DateTimeOffset created)
    {
        var directory = Path.Combine(parent, "source-" + version);
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "model.json"), string.Create(CultureInfo.InvariantCulture, $$"""
            {
              "formatVersion": 1,
              "preset": "tiny",
              "version": "{{version}}",
              "deviceUid": "2.25.1",
              "createdUtc": "{{created:O}}",
              "metrics": { "validationAuc": 0.75 }
            }
            """));
        File.WriteAllText(Path.Combine(directory, "weights.dat"), "not real weights");
        return directory;
    }
}
