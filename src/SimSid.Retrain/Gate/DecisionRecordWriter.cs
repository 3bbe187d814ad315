using System.Globalization;
using System.Text.Json;

namespace SimSid.Retrain.Gate;

/// <summary>Writes decision records as indented camelCase JSON, atomically.</summary>
public static class DecisionRecordWriter
{
    internal static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    /// <summary>Writes <paramref name="record"/> into <paramref name="directory"/> and returns the file's path.</summary>
    public static string Write(string directory, DecisionRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        Directory.CreateDirectory(directory);
        var name = string.Create(CultureInfo.InvariantCulture, $"{record.DecidedUtc.UtcDateTime:yyyyMMdd'T'HHmmssfff'Z'}-{record.CandidateVersion}.json");
        var path = Path.Combine(directory, name);
        var temp = path + ".tmp";
        File.WriteAllText(temp, JsonSerializer.Serialize(record, Json));
        File.Move(temp, path, overwrite: true);
        return path;
    }

    public static DecisionRecord Read(string path) =>
        JsonSerializer.Deserialize<DecisionRecord>(File.ReadAllText(path), Json)
        ?? throw new InvalidDataException($"{path} holds no decision record.");
}
