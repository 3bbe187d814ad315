using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using SimSid.Model.Data;
using SimSid.Model.Network;
using SimSid.Model.Scoring;
using SimSid.Model.Storage;
using TorchSharp;
using static TorchSharp.torch;

namespace SimSid.Model.Training;

/// <summary>
/// Turns trained weights into a model directory: the score's calibration, threshold and validation metrics
/// (<see cref="ScoreCalibrator"/>, scoring the views <see cref="TrainingOptions.ScoreShiftPixels"/> names), the
/// training history and the file lists.
/// </summary>
internal sealed class ModelExporter(TrainingOptions options, ILogger logger)
{
    public ModelManifest Export(string preset, SimSidNetwork network, ImageSet training, ImageSet? validation, string directory, TrainingState state, Device device)
    {
        var shiftPixels = options.ScoreShiftPixels ?? ShiftedViews.DefaultShift(network.Config.ImageSize);
        var fitted = ScoreCalibrator.Fit(network, training, options.CalibrationImages, validation, options.TargetSensitivity, shiftPixels, device);
        var metrics = new Dictionary<string, double>(fitted.ValidationMetrics);
        if (state.BestEpoch is { } best)
        {
            metrics["bestEpoch"] = best;
        }

        foreach (var epoch in state.History.Where(h => h.ValidationAuc is not null))
        {
            metrics[string.Create(CultureInfo.InvariantCulture, $"validationAucEpoch{epoch.Epoch:D4}")] = epoch.ValidationAuc!.Value;
        }

        var created = DateTimeOffset.UtcNow;
        var manifest = new ModelManifest
        {
            Preset = preset,
            Config = network.Config,
            Version = ModelManifest.VersionFor(preset, created),
            DeviceUid = DeviceUid.New(),
            CreatedUtc = created,
            Calibration = fitted.Calibration,
            Threshold = fitted.Threshold,
            TargetSensitivity = options.TargetSensitivity,
            ThresholdSource = fitted.ThresholdSource,
            ScoreDefinition = ModelManifest.DescribeScore(shiftPixels),
            ScoreShiftPixels = shiftPixels,
            TrainingData = new TrainingDataSummary
            {
                NormalCount = training.Items.Count(i => !i.IsAbnormal),
                AbnormalCount = training.Items.Count(i => i.IsAbnormal),
                Contamination = options.Contamination,
                FileListSha256 = ListHash(training.Items, options.TrainingFilesRoot),
                ValidationNormalCount = validation?.Items.Count(i => !i.IsAbnormal) ?? 0,
                ValidationAbnormalCount = validation?.Items.Count(i => i.IsAbnormal) ?? 0,
                ValidationFileListSha256 = validation is null ? null : ListHash(validation.Items, options.ValidationFilesRoot),
                Epochs = state.EpochsCompleted,
                TrainingMinutes = Math.Round(state.SecondsSpent / 60, 2),
                Seed = options.Seed,
                Precision = options.Precision.Name(),
                LearningRate = options.LearningRate,
                FinalLearningRate = options.FinalLearningRate,
                DiscriminatorLearningRate = options.DiscriminatorLearningRate ?? options.LearningRate,
                GeneratorWarmUpEpochs = options.GeneratorWarmUpEpochs,
                AveragedEpochs = state.AveragedEpochs,
            },
            Metrics = metrics,
        };
        network.to(CPU);
        ModelStore.Save(directory, network, manifest);
        AtomicFile.WriteText(Path.Combine(directory, "train-files.txt"), FileList(training.Items, options.TrainingFilesRoot));
        if (validation is not null)
        {
            AtomicFile.WriteText(Path.Combine(directory, "validation-files.txt"), FileList(validation.Items, options.ValidationFilesRoot));
        }

        Log.ModelWritten(logger, directory, fitted.Threshold, fitted.ThresholdSource, fitted.Calibration.Mean, fitted.Calibration.StandardDeviation);
        return ModelStore.ReadManifest(directory);
    }

    /// <summary>
    /// One line per image: label, tab, path (sorted by path); paths relative to <paramref name="root"/> with '/' when
    /// given, so a model folder names no machine's directories.
    /// </summary>
    internal static string FileList(IEnumerable<LabelledImage> items, string? root = null)
    {
        var builder = new StringBuilder();
        var lines = items.Select(i => (i.IsAbnormal, Path: root is null ? i.Path : Path.GetRelativePath(root, i.Path).Replace('\\', '/')));
        foreach (var (isAbnormal, path) in lines.OrderBy(l => l.Path, StringComparer.Ordinal))
        {
            builder.Append(isAbnormal ? "ABNORMAL" : "NORMAL").Append('\t').Append(path).Append('\n');
        }

        return builder.ToString();
    }

    internal static string ListHash(IEnumerable<LabelledImage> items, string? root) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(FileList(items, root))));
}
