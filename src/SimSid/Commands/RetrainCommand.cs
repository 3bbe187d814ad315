using System.CommandLine;
using System.Text.Json;
using SimSid.Gateway.Retraining;
using SimSid.Gateway.State;
using SimSid.Model.Configuration;
using SimSid.Model.Storage;
using SimSid.Model.Training;
using SimSid.Retrain.Gate;
using SimSid.Retrain.Jobs;
using SimSid.Retrain.Registry;
using SimSid.Retrain.Selection;
using SimSid.Retrain.Training;

namespace SimSid.Commands;

/// <summary>
/// <c>simsid retrain --registry DIR --data DIR --val DIR [--preset NAME] [--budget-minutes M | --epochs N]
/// [--from-scratch] [--labels CSV] [...]</c>: one retraining run, printed as one JSON object.
/// Exit codes (<see cref="RetrainExitCodes"/>): 0 promoted, 1 error, 3 rejected by the gate, 4 another run holds the
/// lock, 5 skipped (fewer eligible images than --min-images).
/// </summary>
internal static class RetrainCommand
{
    public static Command Create()
    {
        var registry = new Option<DirectoryInfo>("--registry") { Description = "Model registry folder.", Required = true };
        var data = new Option<DirectoryInfo?>("--data") { Description = "Folder of recent (unlabelled, mostly normal) images to train on." };
        var database = new Option<FileInfo?>("--database") { Description = "The gateway's state database (Storage:DatabasePath): train on the frontal CR/DX instances it archived, leaving out studies the current model flagged." };
        var windowDays = new Option<int>("--window-days") { Description = "With --database: instances received in the last N days (0 = since the current model was created).", DefaultValueFactory = _ => 0 };
        var validation = new Option<DirectoryInfo>("--val") { Description = "Fixed labelled validation folder (NORMAL + abnormal class folders) for the gate.", Required = true };
        var preset = new Option<string>("--preset") { Description = "Preset when training from scratch or without a current model.", DefaultValueFactory = _ => "compact" };
        preset.AcceptOnlyFromAmong([.. SimSidPresets.Names]);
        var budget = new Option<double?>("--budget-minutes") { Description = "Training time budget." };
        var epochs = new Option<int?>("--epochs") { Description = "Training epochs (default 20 without a budget)." };
        var fromScratch = new Option<bool>("--from-scratch") { Description = "Train from scratch instead of fine-tuning the current model." };
        var labels = new Option<FileInfo?>("--labels") { Description = "CSV of study UIDs marked abnormal (excluded)." };
        var minImages = new Option<int>("--min-images") { Description = "Skip the run (exit 5) with fewer eligible images.", DefaultValueFactory = _ => 100 };
        var maxImages = new Option<int>("--max-images") { Description = "Use at most this many (most recent) images.", DefaultValueFactory = _ => 5000 };
        var tolerance = new Option<double>("--auc-tolerance") { Description = "Candidate AUC may be this much below the current model's.", DefaultValueFactory = _ => 0.02 };
        var floor = new Option<double>("--auc-floor") { Description = "Minimum candidate AUC.", DefaultValueFactory = _ => 0.6 };
        var maxFlagged = new Option<double>("--max-flagged") { Description = "Maximum fraction of held-out recent normals the candidate may flag.", DefaultValueFactory = _ => 0.5 };
        var maxIncrease = new Option<double>("--max-flagged-increase") { Description = "Maximum increase over the current model's flagged fraction of recent normals.", DefaultValueFactory = _ => 0.1 };
        var keep = new Option<int>("--keep") { Description = "Previous versions kept in the registry.", DefaultValueFactory = _ => 3 };
        var seed = new Option<int>("--seed") { Description = "Random seed.", DefaultValueFactory = _ => 1 };
        var threads = new Option<int>("--threads") { Description = "TorchSharp threads (0 = library default).", DefaultValueFactory = _ => 0 };
        var device = DeviceOption.Create("Training device: cpu, cuda or auto.");
        var command = new Command("retrain", "Retrain on recent images, gate the candidate, promote or keep the current model. Exit 0 promoted, 3 rejected, 4 locked, 5 skipped, 1 error.")
        {
            registry, data, database, windowDays, validation, preset, budget, epochs, fromScratch, labels, minImages, maxImages, tolerance, floor, maxFlagged, maxIncrease, keep, seed, threads, device,
        };
        command.Validators.Add(result =>
        {
            if (result.GetValue(budget) is not null && result.GetValue(epochs) is not null)
            {
                result.AddError("Give --budget-minutes or --epochs, not both.");
            }

            if ((result.GetValue(data) is null) == (result.GetValue(database) is null))
            {
                result.AddError("Give either --data (a folder of images) or --database (the gateway's state database).");
            }
        });
        command.SetAction(parseResult =>
        {
            try
            {
                var stateDatabase = parseResult.GetValue(database);
                var days = parseResult.GetValue(windowDays);
                var options = new RetrainJobOptions
                {
                    SinceCurrentModel = stateDatabase is not null && days == 0,
                    RegistryDirectory = parseResult.GetRequiredValue(registry).FullName,
                    ValidationDirectory = parseResult.GetRequiredValue(validation).FullName,
                    Preset = parseResult.GetValue(preset)!,
                    BudgetMinutes = parseResult.GetValue(budget),
                    Epochs = parseResult.GetValue(epochs),
                    FromScratch = parseResult.GetValue(fromScratch),
                    LabelsFile = parseResult.GetValue(labels)?.FullName,
                    Seed = parseResult.GetValue(seed),
                    Threads = parseResult.GetValue(threads),
                    KeepPrevious = parseResult.GetValue(keep),
                    Selection = new SelectionOptions
                    {
                        AcceptUnknownAttributes = stateDatabase is null,
                        FromUtc = stateDatabase is not null && days > 0 ? DateTimeOffset.UtcNow.AddDays(-days) : DateTimeOffset.MinValue,
                        MinImages = parseResult.GetValue(minImages),
                        MaxImages = parseResult.GetValue(maxImages),
                    },
                    Gate = new PromotionGateOptions
                    {
                        AucTolerance = parseResult.GetValue(tolerance),
                        AucFloor = parseResult.GetValue(floor),
                        MaxRecentNormalFlaggedFraction = parseResult.GetValue(maxFlagged),
                        MaxFlaggedIncrease = parseResult.GetValue(maxIncrease),
                    },
                };
                var logger = new ModelVerbLogger();
                var trainer = new ModelCandidateTrainer(new TrainingOptions { Device = parseResult.GetValue(device)! }, ModelImageLoader.Load, logger, line => Console.Error.Write("\r" + line.PadRight(120)));
                var job = new RetrainJob(options, trainer, new ModelEvaluator(ModelImageLoader.Load, options.Threads), logger);
                IArchivedInstanceSource source = stateDatabase is null
                    ? new ImageFolderSource(parseResult.GetValue(data)!.FullName)
                    : new StateDatabaseInstanceSource(OpenExisting(stateDatabase));
                var result = job.Run(source);
                Console.WriteLine(JsonSerializer.Serialize(result, ModelVerbJson.Compact));
                return result.ExitCode;
            }
            catch (Exception ex) when (ex is IOException or InvalidDataException or ArgumentException or NotSupportedException
                or ModelFormatException or RegistryException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"simsid retrain: {ex.Message}");
                return RetrainExitCodes.Error;
            }
        });
        return command;
    }

    private static StateDatabase OpenExisting(FileInfo file) => file.Exists
        ? StateDatabase.Open(file.FullName)
        : throw new IOException($"State database {file.FullName} does not exist (Storage:DatabasePath of the gateway).");
}
