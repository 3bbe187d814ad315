using System.Security.Cryptography;
using System.Text.Json;
using SimSid.Model.Configuration;
using SimSid.Model.Network;

namespace SimSid.Model.Storage;

/// <summary>
/// Reads and writes model directories: <c>weights.dat</c> (TorchSharp state-dict format: tensors only, loading executes
/// no code) and <c>model.json</c>. Both are written atomically; the manifest carries the weights' SHA-256.
/// </summary>
public static class ModelStore
{
    public const string ManifestFile = "model.json";

    internal static void Save(string directory, SimSidNetwork network, ModelManifest manifest)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(manifest);
        Directory.CreateDirectory(directory);
        var weightsPath = Path.Combine(directory, manifest.WeightsFile);
        AtomicFile.Write(weightsPath, temp => network.save(temp));
        var complete = manifest with { Config = network.Config, WeightsSha256 = Sha256(weightsPath) };
        AtomicFile.WriteText(Path.Combine(directory, ManifestFile), JsonSerializer.Serialize(complete, ModelJson.Options));
    }

    /// <summary>Replaces <c>model.json</c> of a model directory whose weights stay as they are.</summary>
    internal static void WriteManifest(string directory, ModelManifest manifest)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        AtomicFile.WriteText(Path.Combine(directory, ManifestFile), JsonSerializer.Serialize(manifest, ModelJson.Options));
    }

    public static ModelManifest ReadManifest(string directory)
    {
        var path = Path.Combine(directory, ManifestFile);
        if (!File.Exists(path))
        {
            throw new ModelFormatException($"'{directory}' is not a model directory: {ManifestFile} is missing.");
        }

        ModelManifest? manifest;
        try
        {
            manifest = JsonSerializer.Deserialize<ModelManifest>(File.ReadAllText(path), ModelJson.Options);
        }
        catch (JsonException ex)
        {
            throw new ModelFormatException($"{path}: not a valid model manifest ({ex.Message}).", ex);
        }

        if (manifest is null || manifest.FormatVersion != ModelManifest.CurrentFormatVersion)
        {
            throw new ModelFormatException($"{path}: unsupported model format version {manifest?.FormatVersion}; expected {ModelManifest.CurrentFormatVersion}.");
        }

        if (manifest.ScoreShiftPixels < 0 || manifest.ScoreShiftPixels * 2 >= manifest.Config.ImageSize)
        {
            throw new ModelFormatException($"{path}: scoreShiftPixels {manifest.ScoreShiftPixels} must be 0 or more and under half the {manifest.Config.ImageSize}-pixel input.");
        }

        return manifest;
    }

    /// <summary>Builds the network from the manifest's configuration and loads the weights into it (CPU).</summary>
    internal static (SimSidNetwork Network, ModelManifest Manifest) Load(string directory)
    {
        var manifest = ReadManifest(directory);
        var weightsPath = VerifiedWeightsPath(directory, manifest);
        SimSidNetwork network;
        try
        {
            network = new SimSidNetwork(manifest.Config);
        }
        catch (ArgumentException ex)
        {
            throw new ModelFormatException($"{directory}: invalid configuration in {ManifestFile}: {ex.Message}", ex);
        }

        ModelPacker.LoadAtPrecision(network, weightsPath, manifest.WeightsPrecision);
        return (network, manifest);
    }

    /// <summary>
    /// Loads the weights of the model directory into each of <paramref name="networks"/> after checking that the
    /// directory's configuration equals <paramref name="expected"/> and that its weights match the recorded SHA-256.
    /// </summary>
    internal static ModelManifest LoadInto(string directory, SimSidConfig expected, params SimSidNetwork[] networks)
    {
        var manifest = ReadManifest(directory);
        RequireSameConfig(expected, manifest.Config, $"The model in '{directory}'");
        var weightsPath = VerifiedWeightsPath(directory, manifest);
        foreach (var network in networks)
        {
            ModelPacker.LoadAtPrecision(network, weightsPath, manifest.WeightsPrecision);
        }

        return manifest;
    }

    private static string VerifiedWeightsPath(string directory, ModelManifest manifest)
    {
        var weightsPath = Path.Combine(directory, manifest.WeightsFile);
        if (!File.Exists(weightsPath))
        {
            throw new ModelFormatException($"{weightsPath} is missing.");
        }

        if (manifest.WeightsSha256.Length > 0 && !string.Equals(Sha256(weightsPath), manifest.WeightsSha256, StringComparison.OrdinalIgnoreCase))
        {
            throw new ModelFormatException($"{weightsPath} does not match the SHA-256 recorded in {ManifestFile}; the model directory is inconsistent.");
        }

        return weightsPath;
    }

    /// <summary>Loads a state dict saved by <see cref="Save"/> into <paramref name="network"/>, with a clear error on mismatch.</summary>
    internal static void LoadWeights(TorchSharp.torch.nn.Module network, string weightsPath)
    {
        ArgumentNullException.ThrowIfNull(network);
        try
        {
            network.load(weightsPath, strict: true);
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or IOException or KeyNotFoundException or NotImplementedException)
        {
            throw new ModelFormatException(
                $"{weightsPath} does not fit the configured network (different preset or configuration?): {ex.Message}", ex);
        }
    }

    /// <summary>Throws when <paramref name="actual"/> differs from <paramref name="expected"/>, naming the differing settings.</summary>
    internal static void RequireSameConfig(SimSidConfig expected, SimSidConfig actual, string what)
    {
        var a = JsonSerializer.SerializeToElement(expected, ModelJson.Options);
        var b = JsonSerializer.SerializeToElement(actual, ModelJson.Options);
        var differences = a.EnumerateObject()
            .Where(p => !b.TryGetProperty(p.Name, out var other) || other.GetRawText() != p.Value.GetRawText())
            .Select(p => $"{p.Name}: expected {p.Value.GetRawText()}, found {(b.TryGetProperty(p.Name, out var o) ? o.GetRawText() : "nothing")}")
            .ToList();
        if (differences.Count > 0)
        {
            throw new ModelFormatException($"{what} was built with a different configuration: {string.Join("; ", differences)}.");
        }
    }

    public static string Sha256(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
