using System.CommandLine;
using System.Text.Json;
using SimSid.Model;
using SimSid.Model.Data;
using SimSid.Model.Reporting;
using SimSid.Model.Scoring;
using SimSid.Model.Storage;

namespace SimSid.Commands;

/// <summary>
/// <c>simsid eval [--model DIR] --data DIR [--out REPORT_DIR] [--threads N] [--device cpu|cuda|auto] [--precision float32|bfloat16]</c>: one JSON object with AUC (with its
/// DeLong standard error and 95 % interval) and the metrics at the model's stored threshold (never tuned here) and counts; with --out also ROC/PR curves, per-class histograms,
/// an input/reconstruction grid and report.json.
/// </summary>
internal static class EvalCommand
{
    private const int GridPairsPerClass = 4;

    public static Command Create()
    {
        var model = new Option<DirectoryInfo?>("--model") { Description = "Model directory (default: SIMSID_MODEL or the shipped model)." };
        var data = new Option<DirectoryInfo>("--data") { Description = "Labelled folder: NORMAL and abnormal class folders.", Required = true };
        var output = new Option<DirectoryInfo?>("--out") { Description = "Report folder for curves, histograms and reconstructions." };
        var threads = new Option<int>("--threads") { Description = "TorchSharp threads (0 = library default).", DefaultValueFactory = _ => 0 };
        var device = DeviceOption.Create();
        var precision = DeviceOption.CreatePrecision();
        var command = new Command("eval", "Evaluate a model on a labelled folder at its stored operating threshold.")
        {
            model, data, output, threads, device, precision,
        };
        command.SetAction(parseResult =>
        {
            try
            {
                using var engine = InferenceEngine.Open(DefaultModelLocator.Resolve(parseResult.GetValue(model)), parseResult.GetValue(threads), parseResult.GetRequiredValue(device), ComputePrecisions.Parse(parseResult.GetRequiredValue(precision)));
                var items = ImageFolderScanner.Scan(parseResult.GetRequiredValue(data).FullName);
                if (items.Count == 0)
                {
                    throw new InvalidDataException("The data folder holds no PNG, JPEG or DICOM images.");
                }

                var set = ImageSet.Load(items, engine.InputSize, ModelImageLoader.Load);
                var prepared = Enumerable.Range(0, set.Count).Select(set.Pixels).ToList();
                var scores = engine.RawLogits(prepared).Select(r => engine.ToResult(r).Score).ToList();
                var labels = items.Select(i => i.IsAbnormal).ToList();
                var threshold = engine.Manifest.Threshold;
                var at = BinaryMetrics.AtThreshold(scores, labels, threshold);
                var auc = DeLongAuc.Estimate(scores, labels);
                var report = new
                {
                    model = engine.Manifest.Version,
                    inferencePrecision = engine.Precision.Name(),
                    auc = auc.Auc,
                    aucStandardError = auc.StandardError,
                    aucCi95 = new { lower = auc.Lower95, upper = auc.Upper95 },
                    accuracy = at.Accuracy,
                    f1 = at.F1,
                    sensitivity = at.Sensitivity,
                    specificity = at.Specificity,
                    precision = at.Precision,
                    threshold,
                    counts = new
                    {
                        normal = labels.Count(l => !l),
                        abnormal = labels.Count(l => l),
                        truePositives = at.TruePositives,
                        falsePositives = at.FalsePositives,
                        trueNegatives = at.TrueNegatives,
                        falseNegatives = at.FalseNegatives,
                    },
                };
                var json = JsonSerializer.Serialize(report, ModelVerbJson.Compact);
                Console.WriteLine(json);
                if (parseResult.GetValue(output) is { } reportDir)
                {
                    Directory.CreateDirectory(reportDir.FullName);
                    EvaluationReportWriter.WriteCurves(reportDir.FullName, scores, labels, threshold);
                    var pairs = Enumerable.Range(0, set.Count).Where(i => !labels[i]).Take(GridPairsPerClass)
                        .Concat(Enumerable.Range(0, set.Count).Where(i => labels[i]).Take(GridPairsPerClass))
                        .Select(i => (prepared[i], engine.Reconstruct(prepared[i])))
                        .ToList();
                    EvaluationReportWriter.WriteReconstructionGrid(Path.Combine(reportDir.FullName, "reconstructions.png"), pairs, engine.InputSize);
                    File.WriteAllText(Path.Combine(reportDir.FullName, "report.json"), json + "\n");
                }

                return 0;
            }
            catch (Exception ex) when (ex is IOException or InvalidDataException or ArgumentException or NotSupportedException or ModelFormatException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"simsid eval: {ex.Message}");
                return 2;
            }
        });
        return command;
    }
}
