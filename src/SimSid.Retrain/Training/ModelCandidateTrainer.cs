using Microsoft.Extensions.Logging;
using SimSid.Imaging;
using SimSid.Model.Configuration;
using SimSid.Model.Data;
using SimSid.Model.Storage;
using SimSid.Model.Training;

namespace SimSid.Retrain.Training;

/// <summary>
/// Trains candidates with the model library's <see cref="Trainer"/>. With a base model the candidate keeps the base's
/// preset and full configuration. The model library does not yet take initial weights, so a "fine-tune" currently
/// starts from fresh weights with the base's configuration; <see cref="CandidateTrainingResult.Mode"/> says so.
/// </summary>
public sealed class ModelCandidateTrainer(TrainingOptions? baseOptions = null, Func<string, GrayImage>? imageLoader = null, ILogger? logger = null, Action<string>? progress = null)
    : ICandidateTrainer
{
    public const int DefaultEpochs = 20;

    public CandidateTrainingResult Train(CandidateTrainingRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Images.Count == 0)
        {
            throw new ArgumentException("No training images were selected.", nameof(request));
        }

        string preset;
        SimSidConfig config;
        string mode;
        if (request.BaseModelDirectory is { } baseModel)
        {
            var manifest = ModelStore.ReadManifest(baseModel);
            preset = manifest.Preset;
            config = manifest.Config;
            mode = "base-configuration-fresh-weights";
        }
        else
        {
            preset = request.Preset;
            config = SimSidPresets.ByName(request.Preset);
            mode = "from-scratch";
        }

        var options = (baseOptions ?? new TrainingOptions()) with
        {
            Epochs = request.Epochs ?? (request.BudgetMinutes is null ? DefaultEpochs : int.MaxValue),
            BudgetMinutes = request.BudgetMinutes,
            Seed = request.Seed,
            Threads = request.Threads,
            Resume = false,
        };
        var training = ImageSet.Load([.. request.Images.Select(p => new LabelledImage(p, false))], config.ImageSize, imageLoader);
        ImageSet? validation = null;
        if (request.ValidationDirectory is { } validationDirectory)
        {
            validation = ImageSet.Load(ImageFolderScanner.Scan(validationDirectory), config.ImageSize, imageLoader);
        }

        var result = new Trainer(options, logger, progress).Train(preset, config, training, validation, request.OutputDirectory);
        return new CandidateTrainingResult(result.ModelDirectory, preset, mode, result.EpochsCompleted, result.TrainingMinutes, result.BestValidationAuc);
    }
}
