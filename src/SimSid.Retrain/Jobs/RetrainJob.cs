using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using SimSid.Contracts;
using SimSid.Model.Storage;
using SimSid.Retrain.Gate;
using SimSid.Retrain.Locking;
using SimSid.Retrain.Registry;
using SimSid.Retrain.Selection;
using SimSid.Retrain.Training;

namespace SimSid.Retrain.Jobs;

/// <summary>
/// One retraining run: lock → select → train a candidate → evaluate candidate and current on the validation folder
/// and on held-out recent normals → gate → promote into the registry or keep the current model, recording the
/// decision. Ends with one structured log event. Never runs twice at once on a registry (<see cref="RetrainLock"/>).
/// After a promotion <paramref name="onPublished"/> receives the <see cref="ModelPublished"/> message a host sends to
/// its inference workers (the workers' <see cref="Watching.CurrentModelWatcher"/> notices the pointer switch too).
/// </summary>
public sealed class RetrainJob(
    RetrainJobOptions options,
    ICandidateTrainer trainer,
    IModelEvaluator evaluator,
    ILogger? logger = null,
    TimeProvider? time = null,
    Action<ModelPublished>? onPublished = null)
{
    public const string LockFileName = ".retrain.lock";

    /// <summary>Run folders (<c>runs/&lt;time&gt;/selection.json</c>) kept; older ones are deleted after each run.</summary>
    public const int RunsKept = 30;

    private readonly ILogger logger = logger ?? NullLogger.Instance;
    private readonly TimeProvider time = time ?? TimeProvider.System;

    /// <summary>Runs once. Returns the result (also for a held lock or too little data); other failures throw after logging.</summary>
    public RetrainResult Run(IArchivedInstanceSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var started = time.GetUtcNow();
        RetrainLock heldLock;
        try
        {
            heldLock = RetrainLock.Acquire(Path.Combine(options.RegistryDirectory, LockFileName));
        }
        catch (RetrainLockedException ex)
        {
            Log.LockHeld(logger, ex.Message);
            return new RetrainResult { Outcome = RetrainOutcome.LockHeld, StartedUtc = started, FinishedUtc = time.GetUtcNow(), Reason = ex.Message };
        }

        using (heldLock)
        {
            try
            {
                var result = RunLocked(source, started);
                PruneRuns();
                RunFinishedEvent.Write(logger, result);
                return result;
            }
            catch (Exception ex)
            {
                Log.RunFailed(logger, ex);
                throw;
            }
        }
    }

    private void PruneRuns()
    {
        var runs = Path.Combine(options.RegistryDirectory, "runs");
        foreach (var old in Directory.EnumerateDirectories(runs).Order(StringComparer.Ordinal).SkipLast(RunsKept))
        {
            Directory.Delete(old, recursive: true);
        }
    }

    private RetrainResult RunLocked(IArchivedInstanceSource source, DateTimeOffset started)
    {
        var registry = new ModelRegistry(options.RegistryDirectory, options.KeepPrevious, time);
        var currentVersion = registry.CurrentVersion;
        var currentDirectory = registry.CurrentModelDirectory;
        var runDirectory = Path.Combine(registry.Root, "runs", string.Create(CultureInfo.InvariantCulture, $"{started.UtcDateTime:yyyyMMdd'T'HHmmssfff'Z'}"));
        Directory.CreateDirectory(runDirectory);

        var selectionOptions = options.Selection;
        if (options.SinceCurrentModel && currentDirectory is not null && selectionOptions.FromUtc == DateTimeOffset.MinValue)
        {
            selectionOptions = selectionOptions with { FromUtc = ModelStore.ReadManifest(currentDirectory).CreatedUtc };
        }

        var labels = options.LabelsFile is { } labelsFile ? AbnormalLabelsFile.Read(labelsFile) : null;
        var selection = RetrainDataSelector.Select(source.Received(selectionOptions.FromUtc, selectionOptions.ToUtc), selectionOptions, labels);
        var manifestPath = Path.Combine(runDirectory, "selection.json");
        SelectionManifest.From(selection, started).Write(manifestPath);
        Log.Selected(logger, selection.Counts.Selected, selection.Counts.Considered, selection.Counts.ExcludedByScore, selection.Counts.ExcludedByLabel);
        var baseResult = new RetrainResult
        {
            StartedUtc = started,
            Selection = selection.Counts,
            PreviousVersion = currentVersion,
            SelectionManifestPath = manifestPath,
        };
        if (!selection.MeetsMinimum)
        {
            return baseResult with
            {
                Outcome = RetrainOutcome.Skipped,
                FinishedUtc = time.GetUtcNow(),
                Reason = string.Create(CultureInfo.InvariantCulture, $"only {selection.Counts.Selected} eligible images; at least {selectionOptions.MinImages} needed."),
            };
        }

        var paths = selection.Instances.Select(i => i.Path).ToList();
        var holdOut = options.HoldOutEvery > 1 ? paths.Where((_, i) => i % options.HoldOutEvery == options.HoldOutEvery - 1).ToList() : [];
        var trainingPaths = paths.Except(holdOut, StringComparer.Ordinal).ToList();
        var fineTune = !options.FromScratch && currentDirectory is not null;
        Log.TrainingStarted(logger, fineTune ? "fine-tune" : "from-scratch", fineTune ? "current model's" : options.Preset, trainingPaths.Count);
        var candidateDirectory = Path.Combine(runDirectory, "candidate");
        var trained = trainer.Train(new CandidateTrainingRequest
        {
            Images = trainingPaths,
            ValidationDirectory = options.ValidationDirectory,
            BaseModelDirectory = fineTune ? currentDirectory : null,
            Preset = options.Preset,
            Epochs = options.Epochs,
            BudgetMinutes = options.BudgetMinutes,
            Seed = options.Seed,
            Threads = options.Threads,
            OutputDirectory = candidateDirectory,
        });

        var candidate = evaluator.Evaluate(trained.ModelDirectory, options.ValidationDirectory, holdOut);
        var current = currentDirectory is null ? null : evaluator.Evaluate(currentDirectory, options.ValidationDirectory, holdOut);
        var decision = new PromotionGate(options.Gate).Decide(candidate, current);
        var candidateVersion = candidate.Version;
        string? deviceUid = null;
        if (decision.Promote)
        {
            var entry = registry.Import(trained.ModelDirectory);
            registry.Promote(entry.Version);
            candidateVersion = entry.Version;
            deviceUid = entry.DeviceUid;
            onPublished?.Invoke(new ModelPublished(entry.Version, entry.DeviceUid, entry.Directory, time.GetUtcNow()));
        }

        var decided = time.GetUtcNow();
        var recordPath = DecisionRecordWriter.Write(registry.DecisionsDirectory, new DecisionRecord
        {
            DecidedUtc = decided,
            CandidateVersion = candidateVersion,
            CurrentVersion = currentVersion,
            Promoted = decision.Promote,
            Reason = decision.Reason,
            Candidate = candidate with { Version = candidateVersion },
            Current = current,
            Gate = options.Gate,
        });
        Directory.Delete(candidateDirectory, recursive: true);
        return baseResult with
        {
            Outcome = decision.Promote ? RetrainOutcome.Promoted : RetrainOutcome.Rejected,
            FinishedUtc = decided,
            TrainingImages = trainingPaths.Count,
            RecentNormalImages = holdOut.Count,
            TrainingMode = trained.Mode,
            Preset = trained.Preset,
            EpochsCompleted = trained.EpochsCompleted,
            TrainingMinutes = trained.TrainingMinutes,
            CandidateVersion = candidateVersion,
            CandidateDeviceUid = deviceUid,
            Candidate = candidate with { Version = candidateVersion },
            Current = current,
            Reason = decision.Reason,
            DecisionRecordPath = recordPath,
        };
    }
}
