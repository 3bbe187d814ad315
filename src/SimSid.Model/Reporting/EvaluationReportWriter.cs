using SimSid.Imaging;
using SimSid.Model.Scoring;

namespace SimSid.Model.Reporting;

/// <summary>
/// Writes the figures of an evaluation: <c>roc.png</c> (with the chance diagonal), <c>pr.png</c>,
/// <c>histogram-normal.png</c> and <c>histogram-abnormal.png</c> (20 bins over [0, 1], dashed threshold), and
/// <c>reconstructions.png</c> (rows of input | student reconstruction pairs).
/// </summary>
public static class EvaluationReportWriter
{
    public static void WriteCurves(string directory, IReadOnlyList<double> scores, IReadOnlyList<bool> abnormal, double threshold)
    {
        Directory.CreateDirectory(directory);
        var roc = new PlotCanvas(320, 320);
        roc.Polyline([(0, 0), (1, 1)], 0.7f, 1);
        roc.Polyline([.. BinaryMetrics.RocCurve(scores, abnormal).Select(p => (p.X, p.Y))], 0f);
        PngEncoder.Save(roc.Image, Path.Combine(directory, "roc.png"));

        var pr = new PlotCanvas(320, 320);
        pr.Polyline([.. BinaryMetrics.PrecisionRecallCurve(scores, abnormal).Select(p => (p.X, p.Y))], 0f);
        PngEncoder.Save(pr.Image, Path.Combine(directory, "pr.png"));

        foreach (var (name, wanted) in new[] { ("normal", false), ("abnormal", true) })
        {
            var values = scores.Where((_, i) => abnormal[i] == wanted).ToList();
            var bins = new int[20];
            foreach (var v in values)
            {
                bins[Math.Clamp((int)(v * bins.Length), 0, bins.Length - 1)]++;
            }

            var peak = Math.Max(1, bins.Max());
            var canvas = new PlotCanvas(320, 240);
            for (var b = 0; b < bins.Length; b++)
            {
                if (bins[b] > 0)
                {
                    canvas.Bar((b + 0.1) / bins.Length, (b + 0.9) / bins.Length, (double)bins[b] / peak, 0.35f);
                }
            }

            canvas.VerticalMarker(threshold, 0f);
            PngEncoder.Save(canvas.Image, Path.Combine(directory, $"histogram-{name}.png"));
        }
    }

    /// <summary>A grid with one row per pair: input on the left, reconstruction on the right, 4-pixel white gaps.</summary>
    public static void WriteReconstructionGrid(string path, IReadOnlyList<(float[] Input, float[] Reconstruction)> pairs, int size)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        const int gap = 4;
        var columns = 2;
        var width = (columns * size) + ((columns + 1) * gap);
        var height = (Math.Max(1, pairs.Count) * (size + gap)) + gap;
        var grid = new GrayImage(width, height);
        Array.Fill(grid.Pixels, 1f);
        for (var row = 0; row < pairs.Count; row++)
        {
            Blit(grid, pairs[row].Input, size, gap, gap + (row * (size + gap)));
            Blit(grid, pairs[row].Reconstruction, size, (2 * gap) + size, gap + (row * (size + gap)));
        }

        PngEncoder.Save(grid, path);
    }

    private static void Blit(GrayImage target, float[] source, int size, int left, int top)
    {
        for (var y = 0; y < size; y++)
        {
            Array.Copy(source, y * size, target.Pixels, ((top + y) * target.Width) + left, size);
        }
    }
}
