using System.Text.Json;
using System.Text.Json.Nodes;

namespace SimSid.Retrain.Registry;

/// <summary>
/// Rewrites the identity fields (<c>version</c>, <c>deviceUid</c>) of a copied model's <c>model.json</c> and leaves every
/// other field as written by the model library. The weights are untouched, so their recorded SHA-256 still holds.
/// </summary>
internal static class ManifestIdentity
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static void Set(string modelDirectory, string version, string deviceUid)
    {
        var path = Path.Combine(modelDirectory, Model.Storage.ModelStore.ManifestFile);
        JsonObject manifest;
        try
        {
            manifest = JsonNode.Parse(File.ReadAllText(path)) as JsonObject
                ?? throw new RegistryException($"{path} does not hold a JSON object.");
        }
        catch (JsonException ex)
        {
            throw new RegistryException($"{path} is not valid JSON: {ex.Message}", ex);
        }

        manifest["version"] = version;
        manifest["deviceUid"] = deviceUid;
        var temp = path + ".tmp";
        File.WriteAllText(temp, manifest.ToJsonString(Indented));
        File.Move(temp, path, overwrite: true);
    }
}
