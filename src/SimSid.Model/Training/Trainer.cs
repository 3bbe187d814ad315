using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using SimSid.Model.Configuration;
using SimSid.Model.Data;
using SimSid.Model.Network;
using SimSid.Model.Scoring;
using SimSid.Model.Storage;
using TorchSharp.Modules;
using TorchSharp;
using static TorchSharp.torch;

namespace SimSid.Model.Training;

/// <summary>
/// Trains SimSID adversarially (paper §3.5, §4.2) and writes a model directory: weights of the selected (averaged)
/// generator with the discriminator, calibration on the training images and a threshold chosen on validation data.
/// Writes a resumable checkpoint and one <c>metrics.jsonl</c> line per epoch.
/// </summary>
public sealed class Trainer(TrainingOptions options, ILogger? logger = null, Action<string>? progress = null)
{
    private readonly ILogger logger = logger ?? NullLogger.Instance;

    /// <summary>Called before every training iteration with the epoch (1-based) and iteration (1-based); a test seam for step failures.</summary>
    internal Action<int, int>? IterationStarting { get; init; }

    public TrainingResult Train(string preset, SimSidConfig config, ImageSet training, ImageSet? validation, string outputDirectory)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(training);
        config.Validate();
        if (training.Size != config.ImageSize || (validation is not null && validation.Size != config.ImageSize))
        {
            throw new ArgumentException($"Images must be prepared at {config.ImageSize} px for this configuration.", nameof(training));
        }

        if (training.Count == 0)
        {
            throw new ArgumentException("The training set is empty.", nameof(training));
        }

        if (options.LearningRate <= 0 || options.FinalLearningRate <= 0 || options.DiscriminatorLearningRate is <= 0)
        {
            throw new ArgumentException("Learning rates must be positive.");
        }

        if (options.GeneratorWarmUpEpochs < 0)
        {
            throw new ArgumentException("Warm-up epochs cannot be negative.");
        }

        if (options.AverageEpochs < 0)
        {
            throw new ArgumentException("The number of epochs to average cannot be negative.");
        }

        if (options.ScoreShiftPixels is < 0 || options.ScoreShiftPixels * 2 >= config.ImageSize)
        {
            throw new ArgumentException($"The score shift must be 0 or more and under half the {config.ImageSize}-pixel input.");
        }

        if (options.Threads > 0)
        {
            set_num_threads(options.Threads);
        }

        var device = ComputeDevice.Resolve(options.Device);

        // built before the seed is set: their initial weights are overwritten, and drawing them must not shift the run's random stream
        using var window = options.AverageEpochs > 1 ? new EpochWeightWindow(TrainingCheckpoint.DirectoryOf(outputDirectory), options.AverageEpochs, config, device) : null;
        using var windowMean = window is null ? null : new SimSidNetwork(config);
        windowMean?.to(device);
        manual_seed(options.Seed);
        Directory.CreateDirectory(outputDirectory);
        using var live = new SimSidNetwork(config);
        using var twin = options.EmaDecay > 0 ? new SimSidNetwork(config) : null;
        var averaged = twin ?? live;
        live.to(device);
        averaged.to(device);
        averaged.eval();
        live.train();
        if (options.InitialModelDirectory is { } initial)
        {
            ModelStore.LoadInto(initial, config, ReferenceEquals(live, averaged) ? [live] : [live, averaged]);
            Log.InitialWeightsLoaded(logger, initial);
        }

        var averager = new WeightAverager(live.Generator, averaged.Generator, options.EmaDecay);
        averager.CopyAll();
        if (twin is not null)
        {
            CopyDiscriminator(live, averaged); // the averaged network is exported with the live discriminator, even after 0 epochs
        }

        using var generatorOptimizer = new CoupledAdam(live.Generator.parameters(), options.LearningRate, options.Beta1, options.Beta2, options.GeneratorEpsilon, options.WeightDecay);
        var discriminatorRate = options.DiscriminatorLearningRate ?? options.LearningRate;
        using var discriminatorOptimizer = new CoupledAdam(live.Discriminator.parameters(), discriminatorRate, options.Beta1, options.Beta2, 1e-8);

        var checkpoint = new TrainingCheckpoint(outputDirectory);
        var state = new TrainingState { Preset = preset };
        var ownCheckpoint = options.Resume && checkpoint.Exists; // only a checkpoint of this run is a place to go back to
        var stepFailures = 0;
        if (ownCheckpoint)
        {
            state = checkpoint.Load(live, averaged, generatorOptimizer, discriminatorOptimizer, preset);
            averager.Updates = state.AveragerUpdates;
            Log.Resumed(logger, state.EpochsCompleted, state.SecondsSpent / 60);
        }
        else
        {
            File.Delete(Path.Combine(outputDirectory, "metrics.jsonl")); // a fresh run into a used folder starts a new log
            window?.Clear();
        }

        var normalCount = training.Items.Count(i => !i.IsAbnormal);
        Log.TrainingStarted(logger, preset, normalCount, training.Count - normalCount, validation?.Count ?? 0, options.Epochs, options.BudgetMinutes);
        var history = state.History.ToList();
        using var shadow = options.Precision == ComputePrecision.Bf16 ? new MixedPrecisionShadow(live, device) : null;
        var step = new AdversarialStep(live, generatorOptimizer, discriminatorOptimizer, options, shadow);
        var metricsPath = Path.Combine(outputDirectory, "metrics.jsonl");
        if (ownCheckpoint)
        {
            WriteMetricsLog(metricsPath, history); // epochs logged after the checkpoint will be trained again
        }

        var budgetSeconds = options.BudgetMinutes * 60;
        var spentBefore = state.SecondsSpent;
        var clock = Stopwatch.StartNew();
        var epoch = state.EpochsCompleted;
        var batchesPerEpoch = (training.Count + options.BatchSize - 1) / options.BatchSize;
        var budgetReached = false;
        while (epoch < options.Epochs && !budgetReached)
        {
            var progressFraction = Math.Max((double)epoch / options.Epochs, budgetSeconds is { } b ? (spentBefore + clock.Elapsed.TotalSeconds) / b : 0);
            var lr = CosineSchedule.At(options.LearningRate, options.FinalLearningRate, progressFraction);
            generatorOptimizer.LearningRate = lr;
            if (options.AnnealDiscriminator)
            {
                discriminatorOptimizer.LearningRate = lr * discriminatorRate / options.LearningRate;
            }

            var epochClock = Stopwatch.StartNew();
            var random = new Random(options.Seed + epoch);
            var augmentation = new RandomAffineAugmentation(options.MaxTranslate, options.MinScale, options.MaxScale, random);
            var order = Enumerable.Range(0, training.Count).ToArray();
            random.Shuffle(order);
            var sums = new LossAccumulator();
            var warmUp = epoch < options.GeneratorWarmUpEpochs;
            var batch = 0;
            try
            {
                for (; batch < batchesPerEpoch; batch++)
                {
                    IterationStarting?.Invoke(epoch + 1, batch + 1);
                    var indices = order.AsSpan(batch * options.BatchSize, Math.Min(options.BatchSize, training.Count - (batch * options.BatchSize)));
                    StepLosses losses;
                    using (var scope = NewDisposeScope())
                    {
                        var images = InputNormalizer.Apply(training.Batch(indices), config.InputNormalization);
                        if (options.Augment)
                        {
                            images = augmentation.Apply(images);
                        }

                        losses = step.Run(PixelRange.ToSigned(images).to(device), batch, warmUp);
                    }

                    if (losses.GeneratorStepped)
                    {
                        averager.Update();
                    }

                    sums.Add(losses);
                    var elapsed = spentBefore + clock.Elapsed.TotalSeconds;
                    ReportProgress(epoch + 1, batch + 1, batchesPerEpoch, sums, epochClock.Elapsed.TotalSeconds, elapsed, budgetSeconds);
                    if (budgetSeconds is { } limit && elapsed >= limit)
                    {
                        budgetReached = true;
                        Log.BudgetReached(logger, options.BudgetMinutes!.Value, epoch + 1);
                        break;
                    }
                }
            }
            catch (ExternalException ex) when (ownCheckpoint && stepFailures < options.StepFailureRetries)
            {
                stepFailures++;
                var failedEpoch = epoch + 1;
                state = checkpoint.Load(live, averaged, generatorOptimizer, discriminatorOptimizer, preset);
                Log.StepFailed(logger, failedEpoch, batch + 1, ex.Message, state.EpochsCompleted, stepFailures, options.StepFailureRetries);
                averager.Updates = state.AveragerUpdates;
                shadow?.Synchronise();
                history = state.History.ToList();
                WriteMetricsLog(metricsPath, history);
                epoch = state.EpochsCompleted;
                live.train();
                continue;
            }

            epoch++;
            if (!ReferenceEquals(live, averaged))
            {
                CopyDiscriminator(live, averaged);
            }

            double? auc = null;
            double? meanAuc = null;
            var last = budgetReached || epoch == options.Epochs;
            var milestone = epoch % options.ValidateEvery == 0 || last;
            var averagedCount = 0;
            if (!warmUp && milestone && window is not null)
            {
                window.Add(epoch, averaged);
                averagedCount = window.AverageInto(windowMean!, epoch);
            }

            if (!warmUp && validation is not null && validation.Count > 0 && milestone)
            {
                auc = ValidationAuc(averaged, validation, device);
                meanAuc = windowMean is null ? null : ValidationAuc(windowMean, validation, device);
                var selection = meanAuc ?? SelectionAuc(history, auc.Value, options.SelectionWindow);
                if (!double.IsNaN(selection) && (state.BestSelectionAuc is null || selection > state.BestSelectionAuc))
                {
                    state = state with { BestEpoch = epoch, BestValidationAuc = meanAuc ?? auc, BestSelectionAuc = selection, AveragedEpochs = averagedCount };
                    checkpoint.SaveBest(windowMean ?? averaged);
                    Log.NewBest(logger, (meanAuc ?? auc).Value, epoch);
                }
            }
            else if (averagedCount > 0)
            {
                state = state with { AveragedEpochs = averagedCount }; // without validation the last mean is exported
            }

            var seconds = epochClock.Elapsed.TotalSeconds;
            var metrics = sums.ToMetrics(epoch, lr, auc, seconds) with { AveragedValidationAuc = meanAuc };
            history.Add(metrics);
            File.AppendAllText(metricsPath, JsonSerializer.Serialize(metrics, ModelJson.Compact) + "\n");
            var aucText = auc?.ToString("F4", CultureInfo.InvariantCulture) ?? "n/a";
            if (meanAuc is { } m)
            {
                aucText += string.Create(CultureInfo.InvariantCulture, $" (mean of {averagedCount} epochs' weights {m:F4})");
            }

            Log.EpochCompleted(logger, epoch, metrics.DiscriminatorLoss, metrics.GeneratorLoss, metrics.ReconstructionLoss, lr, aucText, seconds, metrics.IterationsPerSecond);
            state = state with { EpochsCompleted = epoch, SecondsSpent = spentBefore + clock.Elapsed.TotalSeconds, AveragerUpdates = averager.Updates, History = history };
            if (milestone)
            {
                checkpoint.Save(live, averaged, generatorOptimizer, discriminatorOptimizer, state);
                ownCheckpoint = true;
            }

            live.train();
        }

        progress?.Invoke("");
        if (state.BestEpoch is not null && File.Exists(checkpoint.BestWeightsPath))
        {
            ModelStore.LoadWeights(averaged, checkpoint.BestWeightsPath);
        }
        else if (window is not null && state.AveragedEpochs > 0)
        {
            window.AverageInto(averaged, state.EpochsCompleted);
        }

        var exporter = new ModelExporter(options, logger);
        exporter.Export(preset, averaged, training, validation, outputDirectory, state, device);
        return new TrainingResult(outputDirectory, state.EpochsCompleted, state.BestEpoch, state.BestValidationAuc, state.SecondsSpent / 60, history);
    }

    internal static double ValidationAuc(SimSidNetwork network, ImageSet validation, Device device)
    {
        network.eval();
        var raw = NetworkScorer.RawLogits(network, (start, n) => validation.Batch(Enumerable.Range(start, n).ToArray()).to(device), validation.Count);
        return BinaryMetrics.Auc([.. raw.Select(r => -r)], [.. validation.Items.Select(i => i.IsAbnormal)]);
    }

    /// <summary>Mean of this epoch's AUC and the AUCs of up to <paramref name="window"/> − 1 earlier validated epochs.</summary>
    internal static double SelectionAuc(IReadOnlyList<EpochMetrics> history, double auc, int window)
    {
        var earlier = history.Where(h => h.ValidationAuc is { } v && !double.IsNaN(v)).Select(h => h.ValidationAuc!.Value).TakeLast(Math.Max(0, window - 1));
        return earlier.Append(auc).Average();
    }

    private static void WriteMetricsLog(string path, IEnumerable<EpochMetrics> history) =>
        AtomicFile.WriteText(path, string.Concat(history.Select(h => JsonSerializer.Serialize(h, ModelJson.Compact) + "\n")));

    private static void CopyDiscriminator(SimSidNetwork from, SimSidNetwork to)
    {
        using var noGrad = no_grad();
        foreach (var (target, source) in to.Discriminator.state_dict().Values.Zip(from.Discriminator.state_dict().Values))
        {
            target.copy_(source);
        }
    }

    private void ReportProgress(int epoch, int batch, int batches, LossAccumulator sums, double epochSeconds, double totalSeconds, double? budgetSeconds)
    {
        if (progress is null)
        {
            return;
        }

        var rate = batch / Math.Max(epochSeconds, 1e-6);
        var remainingIterations = ((options.Epochs - epoch) * (double)batches) + (batches - batch);
        var eta = remainingIterations / Math.Max(rate, 1e-6);
        if (budgetSeconds is { } budget)
        {
            eta = Math.Min(eta, Math.Max(0, budget - totalSeconds));
        }

        var filled = batch * 20 / batches;
        progress(string.Create(
            CultureInfo.InvariantCulture,
            $"epoch {epoch}{(options.Epochs == int.MaxValue ? string.Empty : "/" + options.Epochs.ToString(CultureInfo.InvariantCulture))} [{new string('#', filled)}{new string('.', 20 - filled)}] {batch}/{batches} D {sums.Mean.Discriminator:F4} G {sums.Mean.Generator:F4} rec {sums.Mean.Reconstruction:F4} {rate:F2} it/s ETA {TimeSpan.FromSeconds(Math.Min(eta, 359999)):hh\\:mm\\:ss}"));
    }
}
