using SimSid.Imaging;
using SimSid.Model.Data;
using SimSid.Model.Scoring;

namespace SimSid.Retrain.Gate;

/// <summary>
/// <see cref="IModelEvaluator"/> through the model library: scores with <see cref="InferenceEngine"/> (the model's
/// calibration and stored threshold, never re-tuned here) and computes AUC with <see cref="BinaryMetrics"/>.
/// Labels come from class folders (<c>NORMAL</c> is normal, any other is abnormal).
/// </summary>
public sealed class ModelEvaluator(Func<string, GrayImage>? imageLoader = null, int threads = 0) : IModelEvaluator
{
    public ModelEvaluation Evaluate(string modelDirectory, string validationDirectory, IReadOnlyList<string> recentNormals)
    {
        ArgumentNullException.ThrowIfNull(recentNormals);
        using var engine = InferenceEngine.Open(modelDirectory, threads);
        var items = ImageFolderScanner.Scan(validationDirectory);
        var labels = items.Select(i => i.IsAbnormal).ToList();
        if (!labels.Contains(true) || !labels.Contains(false))
        {
            throw new InvalidDataException($"The validation folder '{validationDirectory}' needs both NORMAL and abnormal images.");
        }

        var scores = Scores(engine, items);
        var threshold = engine.Manifest.Threshold;
        var at = BinaryMetrics.AtThreshold(scores, labels, threshold);
        double? flagged = null;
        if (recentNormals.Count > 0)
        {
            var recent = Scores(engine, [.. recentNormals.Select(p => new LabelledImage(p, false))]);
            flagged = recent.Count(s => s >= threshold) / (double)recent.Count;
        }

        return new ModelEvaluation
        {
            Version = engine.Manifest.Version,
            Auc = BinaryMetrics.Auc(scores, labels),
            Threshold = threshold,
            Sensitivity = at.Sensitivity,
            Specificity = at.Specificity,
            ValidationNormalCount = labels.Count(l => !l),
            ValidationAbnormalCount = labels.Count(l => l),
            RecentNormalCount = recentNormals.Count,
            RecentNormalFlaggedFraction = flagged,
        };
    }

    private List<double> Scores(InferenceEngine engine, IReadOnlyList<LabelledImage> items)
    {
        var set = ImageSet.Load(items, engine.InputSize, imageLoader);
        var raw = engine.RawLogits([.. Enumerable.Range(0, set.Count).Select(set.Pixels)]);
        return [.. raw.Select(r => engine.ToResult(r).Score)];
    }
}
