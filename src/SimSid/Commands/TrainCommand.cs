using System.CommandLine;
using System.Text.Json;
using SimSid.Model;
using SimSid.Model.Configuration;
using SimSid.Model.Data;
using SimSid.Model.Storage;
using SimSid.Model.Training;

namespace SimSid.Commands;

/// <summary>
/// <c>simsid train --data DIR --preset NAME --out MODEL_DIR [--epochs N] [--budget-minutes M] [--seed S] [--split-seed S] [--val DIR]
/// [--holdout N] [--contamination F] [--device cpu|cuda|auto] [--precision float32|bfloat16] [--threads N] [--warmup-epochs N] [--average-epochs K] [--input-normalization none|per-image] [--score-shift N] [--resume]</c>.
/// </summary>
internal static class TrainCommand
{
    public static Command Create()
    {
        var data = new Option<DirectoryInfo>("--data") { Description = "Training folder: class folders NORMAL (normal) and others (abnormal), or a NORMAL folder itself.", Required = true };
        var preset = new Option<string>("--preset") { Description = "Model preset.", DefaultValueFactory = _ => "compact" };
        preset.AcceptOnlyFromAmong([.. SimSidPresets.Names]);
        var output = new Option<DirectoryInfo>("--out") { Description = "Model directory to write (weights, model.json, metrics.jsonl, checkpoint/).", Required = true };
        var epochs = new Option<int>("--epochs") { Description = "Maximum epochs.", DefaultValueFactory = _ => 200 };
        var budget = new Option<double?>("--budget-minutes") { Description = "Stop after this much training time; the learning-rate schedule anneals over it." };
        var seed = new Option<int>("--seed") { Description = "Random seed.", DefaultValueFactory = _ => 1 };
        var splitSeed = new Option<int?>("--split-seed") { Description = "Seed of the data draws (--holdout, --contamination), so other initial weights can be tried on the same split (default: --seed)." };
        var validation = new Option<DirectoryInfo?>("--val") { Description = "Labelled validation folder (NORMAL + abnormal class folders): per-epoch AUC, best-epoch selection, threshold." };
        var holdout = new Option<int>("--holdout") { Description = "Without --val: hold out N NORMAL and N abnormal images of --data as validation.", DefaultValueFactory = _ => 0 };
        var contamination = new Option<double>("--contamination") { Description = "Fraction of abnormal images mixed into training, in [0, 1).", DefaultValueFactory = _ => 0 };
        var device = DeviceOption.Create();
        var precision = DeviceOption.CreatePrecision("Number format of the training passes: float32, or bfloat16 (mixed precision: bfloat16 passes, float32 weights; faster on AVX-512 BF16 CPUs and GPUs).");
        var threads = new Option<int>("--threads") { Description = "TorchSharp threads (0 = library default).", DefaultValueFactory = _ => 0 };
        var ema = new Option<double>("--ema") { Description = "Exponential moving average decay of the generator weights (0 = off, the default).", DefaultValueFactory = _ => 0 };
        var learningRate = new Option<double>("--lr") { Description = "Initial learning rate of the generator and, without --d-lr, of the discriminator (paper: 1e-4).", DefaultValueFactory = _ => 1e-4 };
        var finalLearningRate = new Option<double>("--final-lr") { Description = "Generator learning rate at the end of the cosine schedule (paper: 2e-5; equal to --lr keeps it constant).", DefaultValueFactory = _ => 2e-5 };
        var discriminatorLearningRate = new Option<double?>("--d-lr") { Description = "Discriminator learning rate, kept constant (default: --lr)." };
        var warmUp = new Option<int>("--warmup-epochs") { Description = "Epochs of reconstruction-only generator training before the adversarial schedule (0 = off, as the paper).", DefaultValueFactory = _ => 0 };
        var averageEpochs = new Option<int>("--average-epochs") { Description = "Average the weights of the last K validated epochs; select and export the best mean (0 = off, as the paper).", DefaultValueFactory = _ => 0 };
        var inputNormalization = new Option<string>("--input-normalization") { Description = "Intensity normalisation of every input, stored in the model's configuration: none (as the paper), or per-image (each image brought to one mean and standard deviation).", DefaultValueFactory = _ => "none" };
        inputNormalization.AcceptOnlyFromAmong("none", "per-image");
        var scoreShift = new Option<int?>("--score-shift") { Description = "The exported model scores each image and four copies shifted this many pixels (0 = the image alone; default: 1/32 of the input side)." };
        var resume = new Option<bool>("--resume") { Description = "Continue from the checkpoint in --out." };
        var command = new Command("train", "Train a SimSID anomaly model on chest radiographs.")
        {
            data, preset, output, epochs, budget, seed, splitSeed, validation, holdout, contamination, device, precision, threads, ema, learningRate, finalLearningRate, discriminatorLearningRate, warmUp, averageEpochs, inputNormalization, scoreShift, resume,
        };
        command.SetAction(parseResult =>
        {
            try
            {
                var presetName = parseResult.GetValue(preset)!;
                var config = SimSidPresets.ByName(presetName) with
                {
                    InputNormalization = parseResult.GetValue(inputNormalization) == "per-image" ? InputNormalization.PerImage : InputNormalization.None,
                };
                var seedValue = parseResult.GetValue(seed);
                var splitSeedValue = parseResult.GetValue(splitSeed) ?? seedValue;
                var dataRoot = parseResult.GetRequiredValue(data).FullName;
                var all = ImageFolderScanner.Scan(dataRoot);
                IReadOnlyList<LabelledImage>? validationItems = null;
                var valDir = parseResult.GetValue(validation);
                if (valDir is not null)
                {
                    validationItems = ImageFolderScanner.Scan(valDir.FullName);
                }
                else if (parseResult.GetValue(holdout) is > 0 and var n)
                {
                    (all, validationItems) = Holdout(all, n, splitSeedValue);
                }

                var options = new TrainingOptions
                {
                    Epochs = parseResult.GetValue(epochs),
                    BudgetMinutes = parseResult.GetValue(budget),
                    Seed = seedValue,
                    Contamination = parseResult.GetValue(contamination),
                    Device = parseResult.GetValue(device)!,
                    Precision = ComputePrecisions.Parse(parseResult.GetRequiredValue(precision)),
                    Threads = parseResult.GetValue(threads),
                    Resume = parseResult.GetValue(resume),
                    EmaDecay = parseResult.GetValue(ema),
                    LearningRate = parseResult.GetValue(learningRate),
                    FinalLearningRate = parseResult.GetValue(finalLearningRate),
                    DiscriminatorLearningRate = parseResult.GetValue(discriminatorLearningRate),
                    GeneratorWarmUpEpochs = parseResult.GetValue(warmUp),
                    AverageEpochs = parseResult.GetValue(averageEpochs),
                    ScoreShiftPixels = parseResult.GetValue(scoreShift),
                    TrainingFilesRoot = dataRoot,
                    ValidationFilesRoot = valDir?.FullName ?? dataRoot,
                };
                var selected = ImageFolderScanner.SelectTraining(all, options.Contamination, splitSeedValue);
                Console.Error.WriteLine($"Loading {selected.Count} training and {validationItems?.Count ?? 0} validation images at {config.ImageSize} px...");
                var trainingSet = ImageSet.Load(selected, config.ImageSize, ModelImageLoader.Load);
                var validationSet = validationItems is null ? null : ImageSet.Load(validationItems, config.ImageSize, ModelImageLoader.Load);
                var outDir = parseResult.GetRequiredValue(output).FullName;
                var trainer = new Trainer(options, new ModelVerbLogger(), line => Console.Error.Write("\r" + line.PadRight(120)));
                var result = trainer.Train(presetName, config, trainingSet, validationSet, outDir);
                Console.Error.WriteLine();
                var manifest = ModelStore.ReadManifest(outDir);
                Console.WriteLine(JsonSerializer.Serialize(
                    new
                    {
                        model = outDir,
                        preset = presetName,
                        epochs = result.EpochsCompleted,
                        minutes = Math.Round(result.TrainingMinutes, 2),
                        bestEpoch = result.BestEpoch,
                        bestValidationAuc = result.BestValidationAuc,
                        threshold = manifest.Threshold,
                        thresholdSource = manifest.ThresholdSource,
                        deviceUid = manifest.DeviceUid,
                    },
                    ModelVerbJson.Compact));
                return 0;
            }
            catch (Exception ex) when (ex is IOException or InvalidDataException or ArgumentException or NotSupportedException or ModelFormatException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"simsid train: {ex.Message}");
                return 2;
            }
            catch (System.Runtime.InteropServices.ExternalException ex)
            {
                Console.Error.WriteLine();
                Console.Error.WriteLine($"simsid train: libtorch failed and the run stopped: {ex.Message}. Completed epochs are in the checkpoint; continue with the same command and --resume.");
                return 1;
            }
        });
        return command;
    }

    private static (IReadOnlyList<LabelledImage> Remaining, IReadOnlyList<LabelledImage> HeldOut) Holdout(IReadOnlyList<LabelledImage> all, int perClass, int seed)
    {
        var random = new Random(seed);
        var normals = all.Where(i => !i.IsAbnormal).ToArray();
        var abnormal = all.Where(i => i.IsAbnormal).ToArray();
        if (normals.Length <= perClass || abnormal.Length < perClass)
        {
            throw new InvalidDataException($"--holdout {perClass} needs more than {perClass} NORMAL and at least {perClass} abnormal images in --data.");
        }

        random.Shuffle(normals);
        random.Shuffle(abnormal);
        var held = normals.Take(perClass).Concat(abnormal.Take(perClass)).OrderBy(i => i.Path, StringComparer.Ordinal).ToList();
        var heldSet = held.Select(i => i.Path).ToHashSet(StringComparer.Ordinal);
        return ([.. all.Where(i => !heldSet.Contains(i.Path))], held);
    }
}
