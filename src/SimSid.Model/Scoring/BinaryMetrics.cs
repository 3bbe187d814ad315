namespace SimSid.Model.Scoring;

/// <summary>Threshold-free and thresholded metrics for anomaly scores (higher = more anomalous).</summary>
public static class BinaryMetrics
{
    /// <summary>Area under the ROC curve (trapezoid rule; ties count one half). NaN when a class is missing.</summary>
    public static double Auc(IReadOnlyList<double> scores, IReadOnlyList<bool> abnormal)
    {
        var roc = RocCurve(scores, abnormal);
        if (roc.Count < 2 || !abnormal.Contains(true) || !abnormal.Contains(false))
        {
            return double.NaN;
        }

        var area = 0.0;
        for (var i = 1; i < roc.Count; i++)
        {
            area += (roc[i].X - roc[i - 1].X) * (roc[i].Y + roc[i - 1].Y) / 2;
        }

        return area;
    }

    /// <summary>ROC points from (0, 0) to (1, 1), one per distinct score, thresholds descending.</summary>
    public static IReadOnlyList<CurvePoint> RocCurve(IReadOnlyList<double> scores, IReadOnlyList<bool> abnormal)
    {
        Check(scores, abnormal);
        var positives = abnormal.Count(a => a);
        var negatives = abnormal.Count - positives;
        var points = new List<CurvePoint> { new(0, 0, double.PositiveInfinity) };
        var (tp, fp) = (0, 0);
        foreach (var group in Ranked(scores, abnormal))
        {
            tp += group.Positives;
            fp += group.Negatives;
            points.Add(new CurvePoint(negatives == 0 ? 0 : (double)fp / negatives, positives == 0 ? 0 : (double)tp / positives, group.Score));
        }

        return points;
    }

    /// <summary>Precision–recall points, one per distinct score, thresholds descending.</summary>
    public static IReadOnlyList<CurvePoint> PrecisionRecallCurve(IReadOnlyList<double> scores, IReadOnlyList<bool> abnormal)
    {
        Check(scores, abnormal);
        var positives = abnormal.Count(a => a);
        var points = new List<CurvePoint>();
        var (tp, fp) = (0, 0);
        foreach (var group in Ranked(scores, abnormal))
        {
            tp += group.Positives;
            fp += group.Negatives;
            points.Add(new CurvePoint(positives == 0 ? 0 : (double)tp / positives, (double)tp / (tp + fp), group.Score));
        }

        return points;
    }

    /// <summary>Metrics when every score ≥ <paramref name="threshold"/> is flagged abnormal.</summary>
    public static ClassificationMetrics AtThreshold(IReadOnlyList<double> scores, IReadOnlyList<bool> abnormal, double threshold)
    {
        Check(scores, abnormal);
        int tp = 0, fp = 0, tn = 0, fn = 0;
        for (var i = 0; i < scores.Count; i++)
        {
            var flagged = scores[i] >= threshold;
            if (abnormal[i])
            {
                if (flagged)
                {
                    tp++;
                }
                else
                {
                    fn++;
                }
            }
            else if (flagged)
            {
                fp++;
            }
            else
            {
                tn++;
            }
        }

        return new ClassificationMetrics(threshold, tp, fp, tn, fn);
    }

    /// <summary>
    /// The highest threshold that flags at least <paramref name="sensitivity"/> of the abnormal images; when there are
    /// no abnormal images, the <paramref name="sensitivity"/> quantile of the normal scores (so about 1 − sensitivity of
    /// normals are flagged).
    /// </summary>
    public static double ThresholdForSensitivity(IReadOnlyList<double> scores, IReadOnlyList<bool> abnormal, double sensitivity)
    {
        Check(scores, abnormal);
        if (sensitivity is <= 0 or > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(sensitivity), sensitivity, "Sensitivity must be in (0, 1].");
        }

        var positives = scores.Where((_, i) => abnormal[i]).OrderDescending().ToList();
        if (positives.Count > 0)
        {
            var needed = (int)Math.Ceiling((sensitivity * positives.Count) - 1e-9);
            return positives[Math.Clamp(needed, 1, positives.Count) - 1];
        }

        var normals = scores.Order().ToList();
        if (normals.Count == 0)
        {
            throw new ArgumentException("No scores to choose a threshold from.", nameof(scores));
        }

        return normals[Math.Clamp((int)Math.Ceiling(sensitivity * normals.Count) - 1, 0, normals.Count - 1)];
    }

    private static IEnumerable<(double Score, int Positives, int Negatives)> Ranked(IReadOnlyList<double> scores, IReadOnlyList<bool> abnormal)
    {
        var order = Enumerable.Range(0, scores.Count).OrderByDescending(i => scores[i]).ToList();
        var i = 0;
        while (i < order.Count)
        {
            var score = scores[order[i]];
            int pos = 0, neg = 0;
            while (i < order.Count && scores[order[i]] == score)
            {
                if (abnormal[order[i]])
                {
                    pos++;
                }
                else
                {
                    neg++;
                }

                i++;
            }

            yield return (score, pos, neg);
        }
    }

    private static void Check(IReadOnlyList<double> scores, IReadOnlyList<bool> abnormal)
    {
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(abnormal);
        if (scores.Count != abnormal.Count)
        {
            throw new ArgumentException($"{scores.Count} scores but {abnormal.Count} labels.", nameof(abnormal));
        }
    }
}
