using SimSid.Model.Data;
using SimSid.Model.Network;
using static TorchSharp.torch;

namespace SimSid.Model.Scoring;

/// <summary>
/// Fits a network's score: μ, σ of the raw discriminator logits over the training images (evaluation mode, no
/// augmentation, in the model's <see cref="ShiftedViews"/>), then the threshold reaching the target sensitivity on
/// labelled validation data or, without it, the matching quantile of the training scores.
/// </summary>
internal static class ScoreCalibrator
{
    public static CalibratedScoring Fit(SimSidNetwork network, ImageSet training, int calibrationImages, ImageSet? validation, double targetSensitivity, int shiftPixels, Device device)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(training);
        network.eval();
        var trainingRaw = RawLogits(network, training, Math.Min(calibrationImages, training.Count), shiftPixels, device);
        var calibration = ScoreCalibration.Fit(trainingRaw);
        if (validation is null || validation.Count == 0)
        {
            var threshold = BinaryMetrics.ThresholdForSensitivity([.. trainingRaw.Select(calibration.Score)], [.. trainingRaw.Select(_ => false)], targetSensitivity);
            return new CalibratedScoring(calibration, threshold, "training-quantile", new Dictionary<string, double>());
        }

        var scores = RawLogits(network, validation, validation.Count, shiftPixels, device).Select(calibration.Score).ToList();
        var labels = validation.Items.Select(i => i.IsAbnormal).ToList();
        var chosen = BinaryMetrics.ThresholdForSensitivity(scores, labels, targetSensitivity);
        var at = BinaryMetrics.AtThreshold(scores, labels, chosen);
        var metrics = new Dictionary<string, double>
        {
            ["validationAuc"] = BinaryMetrics.Auc(scores, labels),
            ["validationAccuracy"] = at.Accuracy,
            ["validationF1"] = at.F1,
            ["validationSensitivity"] = at.Sensitivity,
            ["validationSpecificity"] = at.Specificity,
        };
        return new CalibratedScoring(calibration, chosen, "validation", metrics);
    }

    private static double[] RawLogits(SimSidNetwork network, ImageSet images, int count, int shiftPixels, Device device) =>
        NetworkScorer.RawLogits(network, (start, n) => images.Batch(Enumerable.Range(start, n).ToArray()).to(device), count, shiftPixels: shiftPixels);
}
