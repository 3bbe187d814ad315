using System.Diagnostics;
using SimSid.Dicom;
using SimSid.Dicom.Imaging;
using SimSid.Imaging;
using SimSid.Model.Scoring;

namespace SimSid.Commands;

/// <summary>
/// The pipeline's ceiling, measured in the same run: the model alone (no DICOM network, bus, database or SR) scoring the
/// burst's images, already decoded and preprocessed as the inference role does, one image at a time and in batches of
/// the role's <c>MaxBatchSize</c>. Each single-image study costs one image, so images/s × 60 is studies/min.
/// </summary>
internal static class ModelAloneBenchmark
{
    public static ModelAloneFigures Measure(string modelDirectory, int threads, IReadOnlyList<string> files, int batchSize)
    {
        using var engine = InferenceEngine.Open(modelDirectory, threads);
        var images = files.Select(f => DicomPixelPipeline.ToGrayImage(DicomFile.Open(f), engine.InputSize)).ToList();
        engine.Score(images[..Math.Min(images.Count, batchSize)]); // warm-up, not counted
        var oneAtATime = Time(() =>
        {
            foreach (var image in images)
            {
                engine.Score(image);
            }
        });
        var batched = Time(() =>
        {
            for (var start = 0; start < images.Count; start += batchSize)
            {
                engine.Score(images[start..Math.Min(images.Count, start + batchSize)]);
            }
        });
        return new ModelAloneFigures(batchSize, PerMinute(images.Count, oneAtATime), PerMinute(images.Count, batched));
    }

    private static TimeSpan Time(Action action)
    {
        var clock = Stopwatch.StartNew();
        action();
        return clock.Elapsed;
    }

    private static double PerMinute(int count, TimeSpan elapsed) => elapsed > TimeSpan.Zero ? count / elapsed.TotalMinutes : 0;
}
