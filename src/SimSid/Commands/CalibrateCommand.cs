using System.CommandLine;
using System.Text.Json;
using SimSid.Model.Storage;
using SimSid.Model.Training;

namespace SimSid.Commands;

/// <summary>
/// <c>simsid calibrate --model DIR --data ROOT [--score-shift N] [--out DIR] [--threads N] [--device cpu|cuda|auto]</c>:
/// refits a trained model's score (μ, σ on the training images its train-files.txt lists, the threshold on its
/// validation-files.txt), both lists resolved under ROOT, for the views --score-shift names; weights unchanged, a new
/// model version. Prints one JSON object.
/// </summary>
internal static class CalibrateCommand
{
    public static Command Create()
    {
        var model = new Option<DirectoryInfo>("--model") { Description = "Model directory with its train-files.txt (and validation-files.txt).", Required = true };
        var data = new Option<DirectoryInfo>("--data") { Description = "The folder the model was trained from: the lists' paths are relative to it.", Required = true };
        var scoreShift = new Option<int?>("--score-shift") { Description = "Score each image and four copies shifted this many pixels (0 = the image alone; default: 1/32 of the input side)." };
        var output = new Option<DirectoryInfo?>("--out") { Description = "Write the recalibrated model here (weights and lists copied) instead of replacing model.json in --model." };
        var threads = new Option<int>("--threads") { Description = "TorchSharp threads (0 = library default).", DefaultValueFactory = _ => 0 };
        var device = DeviceOption.Create();
        var command = new Command("calibrate", "Refit a trained model's score calibration and threshold on the images it was trained and validated on.")
        {
            model, data, scoreShift, output, threads, device,
        };
        command.SetAction(parseResult =>
        {
            try
            {
                var modelDirectory = parseResult.GetRequiredValue(model).FullName;
                if (parseResult.GetValue(threads) is > 0 and var count)
                {
                    TorchSharp.torch.set_num_threads(count);
                }

                var manifest = ModelRecalibrator.Recalibrate(
                    modelDirectory,
                    parseResult.GetRequiredValue(data).FullName,
                    parseResult.GetValue(scoreShift),
                    parseResult.GetValue(output)?.FullName,
                    ModelImageLoader.Load,
                    parseResult.GetRequiredValue(device));
                Console.WriteLine(JsonSerializer.Serialize(
                    new
                    {
                        model = manifest.Version,
                        recalibratedFrom = manifest.RecalibratedFrom,
                        scoreShiftPixels = manifest.ScoreShiftPixels,
                        mean = manifest.Calibration.Mean,
                        standardDeviation = manifest.Calibration.StandardDeviation,
                        threshold = manifest.Threshold,
                        thresholdSource = manifest.ThresholdSource,
                        validationAuc = manifest.Metrics.TryGetValue("validationAuc", out var auc) ? auc : (double?)null,
                    },
                    ModelVerbJson.Compact));
                return 0;
            }
            catch (Exception ex) when (ex is IOException or InvalidDataException or ArgumentException or NotSupportedException or ModelFormatException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"simsid calibrate: {ex.Message}");
                return 2;
            }
        });
        return command;
    }
}
