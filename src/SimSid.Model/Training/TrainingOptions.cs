namespace SimSid.Model.Training;

/// <summary>How to train: schedule, optimisers, augmentation, averaging, budget and hardware.</summary>
public sealed record TrainingOptions
{
    /// <summary>Maximum epochs; training also stops when <see cref="BudgetMinutes"/> is spent.</summary>
    public int Epochs { get; init; } = 200;

    /// <summary>Wall-clock budget for training iterations (validation included); null = no limit.</summary>
    public double? BudgetMinutes { get; init; }

    public int BatchSize { get; init; } = 16;

    public int Seed { get; init; } = 1;

    /// <summary>Initial learning rate of both optimisers (paper: 1e-4).</summary>
    public double LearningRate { get; init; } = 1e-4;

    /// <summary>
    /// Learning rate at the end of training (paper: 2e-5). The generator's rate follows a cosine from
    /// <see cref="LearningRate"/> to this over the run, where the run's progress is the larger of epochs done / epochs
    /// and time spent / budget, so a budgeted run still anneals fully.
    /// </summary>
    public double FinalLearningRate { get; init; } = 2e-5;

    /// <summary>Also anneal the discriminator's learning rate (the reference keeps it constant).</summary>
    public bool AnnealDiscriminator { get; init; }

    /// <summary>
    /// Initial learning rate of the discriminator; null = <see cref="LearningRate"/> (paper and reference: both 1e-4).
    /// With <see cref="AnnealDiscriminator"/> it follows the generator's cosine in proportion.
    /// </summary>
    public double? DiscriminatorLearningRate { get; init; }

    public double Beta1 { get; init; } = 0.5;

    public double Beta2 { get; init; } = 0.999;

    /// <summary>Adam epsilon of the generator (reference 1e-7); the discriminator uses 1e-8.</summary>
    public double GeneratorEpsilon { get; init; } = 1e-7;

    /// <summary>Coupled L2 weight decay of the generator (paper: 1e-5).</summary>
    public double WeightDecay { get; init; } = 1e-5;

    public LossWeights Weights { get; init; } = new();

    /// <summary>The discriminator steps every iteration, the generator every this many (paper: 2).</summary>
    public int GeneratorEvery { get; init; } = 2;

    /// <summary>
    /// Epochs of reconstruction-only generator training before the adversarial schedule starts: every iteration steps
    /// the generator on its reconstruction, teacher and distillation losses, and the discriminator is neither trained nor
    /// validated (those epochs log no AUC and cannot be selected). 0 = off (the paper and the reference start
    /// adversarially). Tried against early "inverted" epochs (validation AUC below 0.5): on ZhangLab (compact, 5 epochs,
    /// seeds 4 and 7, 45 minutes) it shortened them but selected worse weights (second check 0.689 and 0.856 against 0.835
    /// and 0.882 without), so it stays off; see the model README.
    /// </summary>
    public int GeneratorWarmUpEpochs { get; init; }

    /// <summary>
    /// On discriminator-only iterations, run the generator without gradients and without the teacher (the reference
    /// runs the full training forward; the discriminator only needs the detached reconstruction).
    /// </summary>
    public bool LeanCriticIterations { get; init; } = true;

    /// <summary>
    /// Exponential moving average decay of the generator weights used for validation and the saved model; 0 = off (the
    /// default, as the paper and the reference). The score is the live discriminator's judgement of the reconstruction,
    /// and that discriminator was trained against the live generator: on ZhangLab (compact, epoch 5, 100 + 100 held out)
    /// the averaged generator (0.998) with the live discriminator scored AUC 0.405, the live pair 0.538.
    /// </summary>
    public double EmaDecay { get; init; }

    public bool Augment { get; init; } = true;

    /// <summary>Maximum translation as a fraction of the image size (paper: 0.05).</summary>
    public double MaxTranslate { get; init; } = 0.05;

    public double MinScale { get; init; } = 0.95;

    public double MaxScale { get; init; } = 1.05;

    /// <summary>Sensitivity the operating threshold is chosen for on validation data.</summary>
    public double TargetSensitivity { get; init; } = 0.95;

    /// <summary>
    /// The exported model's score views (<see cref="Storage.ModelManifest.ScoreShiftPixels"/>): 0 scores the image alone;
    /// null takes <see cref="Scoring.ShiftedViews.DefaultShift"/>. Per-epoch validation AUCs score the image alone.
    /// </summary>
    public int? ScoreShiftPixels { get; init; }

    /// <summary>Training images used to compute the score calibration μ, σ (the first ones in path order).</summary>
    public int CalibrationImages { get; init; } = 2000;

    /// <summary>cpu, cuda or auto.</summary>
    public string Device { get; init; } = "cpu";

    /// <summary>
    /// <see cref="ComputePrecision.Bf16"/> trains with mixed precision (<see cref="MixedPrecisionShadow"/>): forward and
    /// backward passes in bfloat16, weights and optimiser state in float32.
    /// </summary>
    public ComputePrecision Precision { get; init; }

    /// <summary>TorchSharp intra-op threads; 0 leaves the default.</summary>
    public int Threads { get; init; }

    /// <summary>
    /// A model directory to fine-tune: its generator and discriminator weights (with batch-norm statistics and memory
    /// buffers) are loaded into the live and the averaged network before the first step. Its <c>model.json</c>
    /// configuration must equal the configuration being trained, otherwise training is refused with a
    /// <see cref="Storage.ModelFormatException"/>. The optimisers start fresh (no Adam moments are stored in a model
    /// directory) and the learning-rate schedule runs from <see cref="LearningRate"/> as usual. A resumed checkpoint
    /// (<see cref="Resume"/>) takes precedence over these weights. Null = fresh weights.
    /// </summary>
    public string? InitialModelDirectory { get; init; }

    /// <summary>
    /// Folder the paths in <c>train-files.txt</c> (and its SHA-256) are written relative to, e.g. the <c>--data</c>
    /// folder; null = full paths.
    /// </summary>
    public string? TrainingFilesRoot { get; init; }

    /// <summary>The same for <c>validation-files.txt</c>.</summary>
    public string? ValidationFilesRoot { get; init; }

    /// <summary>Continue from the checkpoint in the output folder.</summary>
    public bool Resume { get; init; }

    /// <summary>
    /// Best-epoch selection looks at the mean validation AUC of the last this many validated epochs (the current one
    /// included), so that one lucky epoch amid GAN swings is not chosen over a steadily good stretch; 1 = the raw AUC.
    /// </summary>
    public int SelectionWindow { get; init; } = 3;

    /// <summary>
    /// Average the weights of the last this many validated epochs (generator and discriminator together, every
    /// floating-point tensor; <see cref="EpochWeightWindow"/>): each validated epoch is scored with that mean as well, the
    /// best epoch is selected by the mean's validation AUC (instead of <see cref="SelectionWindow"/>'s mean of AUCs), and
    /// the selected mean is exported. Without validation data the mean of the last epochs is exported. 0 or 1 = off (the
    /// paper and the reference export one epoch's weights). Measured on ZhangLab (compact, 45 minutes, seeds 4, 5, 7, 8,
    /// five epochs): the mean is smooth but below the live weights, and where a run turns late it drags inverted epochs
    /// along (second check 0.624 and 0.791 against 0.835 and 0.882 without on seeds 4 and 7; +0.001 and +0.022 on 5 and 8).
    /// </summary>
    public int AverageEpochs { get; init; }

    /// <summary>Fraction of abnormal images mixed into the training set by the caller (recorded in the model).</summary>
    public double Contamination { get; init; }

    /// <summary>Validate (when validation data is given) and checkpoint every this many epochs.</summary>
    public int ValidateEvery { get; init; } = 1;

    /// <summary>
    /// How many times a run goes back to its last checkpoint after libtorch fails inside a training step (an
    /// <see cref="System.Runtime.InteropServices.ExternalException"/>), before the failure ends the run. The epoch in
    /// progress is repeated; the time it had taken still counts against the budget. 0 = fail at once.
    /// </summary>
    public int StepFailureRetries { get; init; } = 3;
}
