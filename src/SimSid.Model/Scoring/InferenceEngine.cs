using SimSid.Imaging;
using SimSid.Model.Data;
using SimSid.Model.Network;
using SimSid.Model.Storage;
using TorchSharp;
using static TorchSharp.torch;

namespace SimSid.Model.Scoring;

/// <summary>
/// Owns one loaded model in evaluation mode and scores images. Each call opens its own dispose scope and disables
/// gradients; results are plain numbers. Calls are serialised (one model instance, concurrency 1).
/// </summary>
public sealed class InferenceEngine : IDisposable
{
    private readonly SimSidNetwork network;
    private readonly Device device;
    private readonly ScalarType dtype;
    private readonly Lock gate = new();

    private InferenceEngine(SimSidNetwork network, ModelManifest manifest, Device device, ComputePrecision precision)
    {
        this.network = network;
        this.device = device;
        Precision = precision;
        dtype = precision.ScalarType();
        Manifest = manifest;
        network.to(device);
        if (precision != ComputePrecision.Fp32)
        {
            network.to(dtype);
        }

        network.eval();
    }

    public ModelManifest Manifest { get; }

    /// <summary>Side of the square network input.</summary>
    public int InputSize => Manifest.Config.ImageSize;

    /// <summary>The number format the network scores in.</summary>
    public ComputePrecision Precision { get; }

    /// <summary>Where the model runs: <c>cpu</c> or <c>cuda</c>.</summary>
    public string DeviceName => device.type == DeviceType.CUDA ? "cuda" : "cpu";

    /// <summary>
    /// Loads the model directory onto <paramref name="device"/> (cpu, cuda or auto, see <see cref="ComputeDevice"/>) in
    /// <paramref name="precision"/>; <paramref name="threads"/> &gt; 0 sets TorchSharp's intra-op thread count (process-wide).
    /// </summary>
    /// <exception cref="ModelFormatException">The directory is not a valid model or does not match its configuration.</exception>
    /// <exception cref="NotSupportedException">cuda was asked for and there is no CUDA device or CUDA build of LibTorch.</exception>
    public static InferenceEngine Open(string modelDirectory, int threads = 0, string device = "cpu", ComputePrecision precision = ComputePrecision.Fp32)
    {
        var target = ComputeDevice.Resolve(device);
        if (threads > 0)
        {
            set_num_threads(threads);
        }

        var (network, manifest) = ModelStore.Load(modelDirectory);
        return new InferenceEngine(network, manifest, target, precision);
    }

    internal static InferenceEngine FromNetwork(SimSidNetwork network, ModelManifest manifest) => new(network, manifest with { Config = network.Config }, CPU, ComputePrecision.Fp32);

    /// <summary>Scores one image of any size (resized to the model input).</summary>
    public ScoreResult Score(GrayImage image) => Score([image])[0];

    /// <summary>Scores images of any size; batched internally.</summary>
    public IReadOnlyList<ScoreResult> Score(IReadOnlyList<GrayImage> images)
    {
        ArgumentNullException.ThrowIfNull(images);
        var prepared = images.Select(i => ImagePreprocessor.Prepare(i, InputSize)).ToList();
        var raw = RawLogits(prepared);
        return [.. raw.Select(ToResult)];
    }

    /// <summary>The score for a raw discriminator logit, with this model's calibration and threshold.</summary>
    public ScoreResult ToResult(double rawLogit)
    {
        var score = Manifest.Calibration.Score(rawLogit);
        return new ScoreResult(score, score >= Manifest.Threshold, rawLogit, Manifest.Calibration.ZScore(rawLogit));
    }

    /// <summary>Raw discriminator logits for images already prepared at the input size (values in [0, 1]).</summary>
    public double[] RawLogits(IReadOnlyList<float[]> prepared)
    {
        ArgumentNullException.ThrowIfNull(prepared);
        var size = InputSize;
        lock (gate)
        {
            return NetworkScorer.RawLogits(
                network,
                (start, n) =>
                {
                    var data = new float[n * size * size];
                    for (var i = 0; i < n; i++)
                    {
                        prepared[start + i].CopyTo(data, i * size * size);
                    }

                    return tensor(data, [n, 1, size, size]).to(device);
                },
                prepared.Count,
                dtype,
                shiftPixels: Manifest.ScoreShiftPixels);
        }
    }

    /// <summary>The student reconstruction of a prepared image (of its normalised form, where the model normalises inputs), values in [0, 1].</summary>
    public float[] Reconstruct(float[] prepared)
    {
        ArgumentNullException.ThrowIfNull(prepared);
        lock (gate)
        {
            using var scope = NewDisposeScope();
            using var noGrad = no_grad();
            var images = PixelRange.ToSigned(InputNormalizer.Apply(tensor(prepared, [1, 1, InputSize, InputSize]).to(device), network.Config.InputNormalization)).to(dtype);
            var reconstruction = network.Generator.Forward(images, withTeacher: false).Reconstruction;
            return PixelRange.ToUnit(reconstruction).to(ScalarType.Float32, CPU).data<float>().ToArray();
        }
    }

    public void Dispose() => network.Dispose();
}
