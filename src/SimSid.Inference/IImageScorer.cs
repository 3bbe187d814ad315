using SimSid.Contracts;
using SimSid.Imaging;

namespace SimSid.Inference;

/// <summary>Scores preprocessed grey images with the current model (loaded once).</summary>
public interface IImageScorer
{
    /// <summary>The model's identity (name, version, Device UID, threshold).</summary>
    ModelIdentity Model { get; }

    /// <summary>Square input size the images are prepared at.</summary>
    int InputSize { get; }

    /// <summary>Anomaly scores, one per image, in order.</summary>
    IReadOnlyList<double> Score(IReadOnlyList<GrayImage> images);
}
