using SimSid.Contracts;
using SimSid.Imaging;
using SimSid.Inference;

namespace SimSid.Pipeline.Tests;

/// <summary>A deterministic stand-in for the model: the score is the image's mean grey value.</summary>
internal sealed class MeanIntensityScorer(double threshold = 0.5) : IImageScorer
{
    public ModelIdentity Model { get; } = new("SimSID test", "test-1", "1.2.826.0.1.3680043.10.1.99", threshold);

    public int InputSize => 32;

    public int ImagesScored { get; private set; }

    public IReadOnlyList<double> Score(IReadOnlyList<GrayImage> images)
    {
        ImagesScored += images.Count;
        return [.. images.Select(i => (double)i.Pixels.Average())];
    }
}
