using System.Text.Json.Nodes;
using SimSid.Model.Storage;
using SimSid.Retrain.Training;

namespace SimSid.Retrain.Tests;

/// <summary>A real tiny-preset model (one epoch on the synthetic normals, trained once and cached in the temp folder), and variants of it.</summary>
internal static class TinyModel
{
    private static readonly Lock Gate = new();
    private static string? trained;

    /// <summary>The trained model folder (shared, read-only).</summary>
    public static string Directory
    {
        get
        {
            lock (Gate)
            {
                return trained ??= Train();
            }
        }
    }

    /// <summary>
    /// A copy of the model whose score calibration is shifted, so the same image gets a clearly different score: a
    /// second "model" whose scores show which one scored an image.
    /// </summary>
    public static string WithShiftedCalibration(string destination)
    {
        System.IO.Directory.CreateDirectory(destination);
        foreach (var file in System.IO.Directory.EnumerateFiles(Directory))
        {
            File.Copy(file, Path.Combine(destination, Path.GetFileName(file)));
        }

        var path = Path.Combine(destination, ModelStore.ManifestFile);
        var manifest = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        var calibration = manifest["calibration"]!.AsObject();
        var mean = calibration["mean"]!.GetValue<double>();
        var deviation = calibration["standardDeviation"]!.GetValue<double>();
        calibration["mean"] = mean + (2 * deviation) + 1;
        File.WriteAllText(path, manifest.ToJsonString());
        return destination;
    }

    private static string Train()
    {
        // Trained once per machine (fixed data and seed) and shared read-only, like the synthetic folders: built aside
        // and renamed into place.
        var root = Path.Combine(Path.GetTempPath(), "simsid-retrain-tiny-model-v1");
        var model = Path.Combine(root, "model");
        if (File.Exists(Path.Combine(model, ModelStore.ManifestFile)))
        {
            return model;
        }

        var staging = $"{root}.{Guid.NewGuid():N}.tmp";
        var images = System.IO.Directory.EnumerateFiles(SyntheticData.Normals, "*.png", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var result = TinyTraining.Trainer().Train(new CandidateTrainingRequest
        {
            Images = images,
            ValidationDirectory = SyntheticData.Validation,
            Preset = "tiny",
            Epochs = 1,
            Seed = 5,
            Threads = 1,
            OutputDirectory = Path.Combine(staging, "model"),
        });
        try
        {
            System.IO.Directory.Move(Path.GetDirectoryName(result.ModelDirectory)!, root);
        }
        catch (IOException) when (System.IO.Directory.Exists(root))
        {
            System.IO.Directory.Delete(staging, recursive: true);
        }

        return model;
    }
}
