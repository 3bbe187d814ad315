using SimSid.Model.Network;
using TorchSharp;
using static TorchSharp.torch;

namespace SimSid.Model.Storage;

/// <summary>
/// Writes a distribution copy of a model directory with float16 weights (half the size; the network is rebuilt and
/// run in float32 on load). Identity, calibration, threshold and metrics are kept: the packed copy is the same model.
/// </summary>
public static class ModelPacker
{
    /// <summary>Files besides the weights and the manifest that travel with a model (provenance and training record).</summary>
    private static readonly string[] Companions = ["metrics.jsonl", "train-files.txt", "validation-files.txt", "README.md"];

    public static ModelManifest PackHalf(string sourceDirectory, string destinationDirectory)
    {
        ArgumentException.ThrowIfNullOrEmpty(sourceDirectory);
        ArgumentException.ThrowIfNullOrEmpty(destinationDirectory);
        if (Path.GetFullPath(sourceDirectory) == Path.GetFullPath(destinationDirectory))
        {
            throw new ArgumentException("The packed copy must go to another directory.", nameof(destinationDirectory));
        }

        var (network, manifest) = ModelStore.Load(sourceDirectory);
        using (network)
        {
            network.to(ScalarType.Float16);
            ModelStore.Save(destinationDirectory, network, manifest with { WeightsPrecision = ModelPrecision.Half });
        }

        foreach (var name in Companions)
        {
            var from = Path.Combine(sourceDirectory, name);
            if (File.Exists(from))
            {
                File.Copy(from, Path.Combine(destinationDirectory, name), overwrite: true);
            }
        }

        return ModelStore.ReadManifest(destinationDirectory);
    }

    /// <summary>Loads weights stored at <paramref name="precision"/> into a float32 network.</summary>
    internal static void LoadAtPrecision(SimSidNetwork network, string weightsPath, string precision)
    {
        switch (precision)
        {
            case ModelPrecision.Full:
                ModelStore.LoadWeights(network, weightsPath);
                break;
            case ModelPrecision.Half:
                network.to(ScalarType.Float16);
                ModelStore.LoadWeights(network, weightsPath);
                network.to(ScalarType.Float32);
                break;
            default:
                throw new ModelFormatException($"{weightsPath}: unknown weights precision '{precision}' (expected {ModelPrecision.Full} or {ModelPrecision.Half}).");
        }
    }
}
