using Microsoft.Extensions.Logging;
using SimSid.Imaging;
using SimSid.Model.Configuration;
using SimSid.Model.Data;
using SimSid.Model.Storage;
using SimSid.Model.Training;

namespace SimSid.Retrain.Training;

/// <summary>
/// Trains candidates with the model library's <see cref="Trainer"/>. With a base model the candidate keeps the base's
/// preset and full configuration and starts from its weights (<see cref="TrainingOptions.InitialModelDirectory"/>;
/// fresh optimiser state), <see cref="CandidateTrainingResult.Mode"/> "fine-tune"; without one it trains the requested
/// preset from fresh weights, mode "from-scratch".
/// </summary>
public sealed class ModelCandidateTrainer(TrainingOptions? baseOptions = null, Func<string, GrayImage>? imageLoader = null, ILogger? logger = null, Action<string>? progress = null)
    : ICandidateTrainer
{
    public const int DefaultEpochs = 20;

    public const string FineTuneMode = "fine-tune";

    public const string FromScratchMode = "from-scratch";

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
            mode = FineTuneMode;
        }
        else
        {
            preset = request.Preset;
            config = SimSidPresets.ByName(request.Preset);
            mode = FromScratchMode;
        }

        var options = (baseOptions ?? new TrainingOptions()) with
        {
            Epochs = request.Epochs ?? (request.BudgetMinutes is null ? DefaultEpochs : int.MaxValue),
            BudgetMinutes = request.BudgetMinutes,
            Seed = request.Seed,
            Threads = request.Threads,
            Resume = false,
            InitialModelDirectory = request.BaseModelDirectory,
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
