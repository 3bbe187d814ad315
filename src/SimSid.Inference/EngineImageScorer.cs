using SimSid.Contracts;
using SimSid.Imaging;
using SimSid.Model.Scoring;

namespace SimSid.Inference;

/// <summary>The model's <see cref="InferenceEngine"/> behind <see cref="IImageScorer"/>.</summary>
internal sealed class EngineImageScorer : IImageScorer, IDisposable
{
    private readonly InferenceEngine _engine;

    public EngineImageScorer(InferenceEngine engine)
    {
        _engine = engine;
        var manifest = engine.Manifest;
        var name = string.IsNullOrWhiteSpace(manifest.Preset) ? "SimSID" : "SimSID " + manifest.Preset;
        Model = new ModelIdentity(name, manifest.Version, manifest.DeviceUid, manifest.Threshold);
    }

    public ModelIdentity Model { get; }

    public int InputSize => _engine.InputSize;

    /// <summary>cpu or cuda.</summary>
    public string ComputeDevice => _engine.DeviceName;

    public IReadOnlyList<double> Score(IReadOnlyList<GrayImage> images) => [.. _engine.Score(images).Select(r => r.Score)];

    public void Dispose() => _engine.Dispose();
}
