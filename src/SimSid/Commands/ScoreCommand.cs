using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;
using SimSid.Model;
using SimSid.Model.Scoring;
using SimSid.Model.Storage;

namespace SimSid.Commands;

/// <summary><c>simsid score [--model DIR] [--threads N] [--device cpu|cuda|auto] [--precision float32|bfloat16] FILE...</c>: one JSON line per file with score, flag and elapsed ms.</summary>
internal static class ScoreCommand
{
    public static Command Create()
    {
        var model = new Option<DirectoryInfo?>("--model") { Description = "Model directory (default: SIMSID_MODEL or the shipped model)." };
        var threads = new Option<int>("--threads") { Description = "TorchSharp threads (0 = library default).", DefaultValueFactory = _ => 0 };
        var device = DeviceOption.Create();
        var precision = DeviceOption.CreatePrecision();
        var files = new Argument<FileInfo[]>("files") { Description = "PNG, JPEG or DICOM files.", Arity = ArgumentArity.OneOrMore };
        var command = new Command("score", "Score radiographs: anomaly score in [0, 1] and whether it reaches the model's threshold.")
        {
            model, threads, device, precision, files,
        };
        command.SetAction(parseResult =>
        {
            InferenceEngine engine;
            try
            {
                engine = InferenceEngine.Open(DefaultModelLocator.Resolve(parseResult.GetValue(model)), parseResult.GetValue(threads), parseResult.GetRequiredValue(device), ComputePrecisions.Parse(parseResult.GetRequiredValue(precision)));
            }
            catch (Exception ex) when (ex is IOException or ModelFormatException or NotSupportedException)
            {
                Console.Error.WriteLine($"simsid score: {ex.Message}");
                return 2;
            }

            using (engine)
            {
                var status = 0;
                foreach (var file in parseResult.GetRequiredValue(files))
                {
                    var clock = Stopwatch.StartNew();
                    try
                    {
                        var result = engine.Score(ModelImageLoader.Load(file.FullName));
                        Console.WriteLine(JsonSerializer.Serialize(
                            new { file = file.FullName, score = Math.Round(result.Score, 6), flag = result.Flagged, elapsedMs = Math.Round(clock.Elapsed.TotalMilliseconds, 1) },
                            ModelVerbJson.Compact));
                    }
                    catch (Exception ex) when (ex is IOException or InvalidDataException or NotSupportedException or UnauthorizedAccessException)
                    {
                        Console.WriteLine(JsonSerializer.Serialize(new { file = file.FullName, error = ex.Message }, ModelVerbJson.Compact));
                        status = 1;
                    }
                }

                return status;
            }
        });
        return command;
    }
}
