using SimSid.Model.Configuration;
using SimSid.Model.Scoring;

namespace SimSid.Model.Storage;

/// <summary>
/// <c>model.json</c>: everything needed to rebuild, trust and operate a trained model — preset and full configuration,
/// score calibration, operating threshold, identity (version, Device UID), training data summary, metrics and date.
/// </summary>
public sealed record ModelManifest
{
    /// <summary>The layout version of model directories this code writes.</summary>
    public const int CurrentFormatVersion = 1;

    public int FormatVersion { get; init; } = CurrentFormatVersion;

    public string Preset { get; init; } = "";

    public SimSidConfig Config { get; init; } = new();

    /// <summary>Model version, e.g. <c>compact-20261129T0534Z</c>.</summary>
    public string Version { get; init; } = "";

    /// <summary>A DICOM UID (2.25.&lt;uuid as decimal&gt;) new for every trained model, for DICOM SR device identification.</summary>
    public string DeviceUid { get; init; } = "";

    public DateTimeOffset CreatedUtc { get; init; }

    public ScoreCalibration Calibration { get; init; } = new(0, 1);

    /// <summary>Scores ≥ this are flagged abnormal.</summary>
    public double Threshold { get; init; } = 0.5;

    /// <summary>The sensitivity the threshold was chosen for.</summary>
    public double TargetSensitivity { get; init; } = 0.95;

    /// <summary><c>validation</c> (labelled validation data) or <c>training-quantile</c> (no validation data given).</summary>
    public string ThresholdSource { get; init; } = "";

    /// <summary>How the score is computed, in words.</summary>
    public string ScoreDefinition { get; init; } = DescribeScore(0);

    /// <summary>
    /// 0: the discriminator scores the image alone. N &gt; 0: its logit is averaged over the image and four copies moved N
    /// pixels (at the network's input size) left, right, up and down with black fill; μ, σ and the threshold were computed
    /// the same way. Manifests written before this setting existed read as 0.
    /// </summary>
    public int ScoreShiftPixels { get; init; }

    /// <summary>The version this manifest's calibration replaced (<c>simsid calibrate</c>); null for a model as trained.</summary>
    public string? RecalibratedFrom { get; init; }

    public TrainingDataSummary TrainingData { get; init; } = new();

    /// <summary>Validation metrics of the selected weights (auc, accuracy, sensitivity, …) and per-epoch AUCs.</summary>
    public IReadOnlyDictionary<string, double> Metrics { get; init; } = new Dictionary<string, double>();

    public string WeightsFile { get; init; } = "weights.dat";

    /// <summary>
    /// Storage precision of the weights file: <c>float32</c> (as trained) or <c>float16</c> (a packed copy for
    /// distribution; loaded and run in float32).
    /// </summary>
    public string WeightsPrecision { get; init; } = ModelPrecision.Full;

    public string WeightsSha256 { get; init; } = "";

    /// <summary>A model version as <c>simsid train</c> and <c>simsid calibrate</c> name them: <c>{preset}-{UTC time}</c>, e.g. <c>compact-20261129T204232Z</c>.</summary>
    public static string VersionFor(string preset, DateTimeOffset when) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{preset}-{when.ToUniversalTime():yyyyMMdd'T'HHmmss'Z'}");

    /// <summary>The <see cref="ScoreDefinition"/> text for a model scoring with <paramref name="shiftPixels"/>.</summary>
    public static string DescribeScore(int shiftPixels) =>
        "score = 1 - sigmoid((D(G_student(E(x))) - mean) / (std + 1e-8)); D batch norm per image; higher = more anomalous"
        + (shiftPixels > 0
            ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"; D = mean logit over x and x shifted {shiftPixels} px left, right, up and down (black fill)")
            : "");
}
