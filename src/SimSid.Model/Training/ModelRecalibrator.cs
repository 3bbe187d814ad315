using SimSid.Imaging;
using SimSid.Model.Data;
using SimSid.Model.Scoring;
using SimSid.Model.Storage;
using TorchSharp;

namespace SimSid.Model.Training;

/// <summary>
/// Refits a trained model's score without touching its weights: μ, σ over the training images its
/// <c>train-files.txt</c> lists and the threshold on those <c>validation-files.txt</c> lists (both checked against the
/// hashes in <c>model.json</c>), for the views a shift names. The result is a new model version whose manifest names the
/// version it replaced; weights, Device UID and training record stay.
/// </summary>
public static class ModelRecalibrator
{
    public const string TrainingList = "train-files.txt";

    public const string ValidationList = "validation-files.txt";

    private static readonly string[] ValidationKeys = ["validationAuc", "validationAccuracy", "validationF1", "validationSensitivity", "validationSpecificity"];

    /// <summary>
    /// Recalibrates the model in <paramref name="modelDirectory"/> (file lists resolved under <paramref name="dataRoot"/>)
    /// and writes the result to <paramref name="outputDirectory"/> (weights and lists copied) or, when that is null or the
    /// same folder, replaces its <c>model.json</c>. A null <paramref name="shiftPixels"/> takes the default for the
    /// model's input size (<see cref="ShiftedViews.DefaultShift"/>).
    /// </summary>
    /// <exception cref="ModelFormatException">The model folder is not valid, lacks its training list, or a list does not match its hash.</exception>
    /// <exception cref="InvalidDataException">A listed image cannot be read.</exception>
    public static ModelManifest Recalibrate(string modelDirectory, string dataRoot, int? shiftPixels, string? outputDirectory = null, Func<string, GrayImage>? loader = null, string device = "cpu", int calibrationImages = 2000)
    {
        var target = ComputeDevice.Resolve(device);
        var (network, manifest) = ModelStore.Load(modelDirectory);
        using (network)
        {
            var shift = shiftPixels ?? ShiftedViews.DefaultShift(manifest.Config.ImageSize);
            if (shift < 0 || shift * 2 >= manifest.Config.ImageSize)
            {
                throw new ArgumentOutOfRangeException(nameof(shiftPixels), $"The score shift must be 0 or more and under half the {manifest.Config.ImageSize}-pixel input; {shift} is not.");
            }

            var training = ListedImages(modelDirectory, TrainingList, manifest.TrainingData.FileListSha256, dataRoot, manifest.Config.ImageSize, loader)
                ?? throw new ModelFormatException($"{Path.Combine(modelDirectory, TrainingList)} is missing: recalibration needs the list of training images.");
            var validation = ListedImages(modelDirectory, ValidationList, manifest.TrainingData.ValidationFileListSha256, dataRoot, manifest.Config.ImageSize, loader);
            network.to(target);
            var fitted = ScoreCalibrator.Fit(network, training, calibrationImages, validation, manifest.TargetSensitivity, shift, target);
            var metrics = manifest.Metrics.Where(m => !ValidationKeys.Contains(m.Key)).ToDictionary(m => m.Key, m => m.Value);
            foreach (var (key, value) in fitted.ValidationMetrics)
            {
                metrics[key] = value;
            }

            var recalibrated = manifest with
            {
                Version = ModelManifest.VersionFor(manifest.Preset, DateTimeOffset.UtcNow),
                RecalibratedFrom = manifest.Version,
                Calibration = fitted.Calibration,
                Threshold = fitted.Threshold,
                ThresholdSource = fitted.ThresholdSource,
                ScoreShiftPixels = shift,
                ScoreDefinition = ModelManifest.DescribeScore(shift),
                Metrics = metrics,
            };
            var destination = outputDirectory ?? modelDirectory;
            if (!SameFolder(destination, modelDirectory))
            {
                CopyModelFiles(modelDirectory, destination, manifest.WeightsFile);
            }

            ModelStore.WriteManifest(destination, recalibrated);
            return ModelStore.ReadManifest(destination);
        }
    }

    /// <summary>The images a list names, or null when the model folder has no such list.</summary>
    private static ImageSet? ListedImages(string modelDirectory, string listName, string? expectedSha256, string dataRoot, int size, Func<string, GrayImage>? loader)
    {
        var path = Path.Combine(modelDirectory, listName);
        if (!File.Exists(path))
        {
            return null;
        }

        if (!string.IsNullOrEmpty(expectedSha256) && !string.Equals(ModelStore.Sha256(path), expectedSha256, StringComparison.OrdinalIgnoreCase))
        {
            throw new ModelFormatException($"{path} does not match the SHA-256 recorded in {ModelStore.ManifestFile}: it is not the list the model was trained with.");
        }

        return ImageSet.Load(ImageFileList.Read(path, dataRoot), size, loader);
    }

    private static void CopyModelFiles(string from, string to, string weightsFile)
    {
        Directory.CreateDirectory(to);
        foreach (var name in new[] { weightsFile, TrainingList, ValidationList, "metrics.jsonl" })
        {
            var source = Path.Combine(from, name);
            if (File.Exists(source))
            {
                AtomicFile.Write(Path.Combine(to, name), temp => File.Copy(source, temp, overwrite: true));
            }
        }
    }

    private static bool SameFolder(string a, string b) =>
        string.Equals(Path.GetFullPath(a).TrimEnd(Path.DirectorySeparatorChar), Path.GetFullPath(b).TrimEnd(Path.DirectorySeparatorChar), StringComparison.Ordinal);
}
