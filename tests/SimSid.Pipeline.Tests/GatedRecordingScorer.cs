using SimSid.Contracts;
using SimSid.Imaging;
using SimSid.Inference;

namespace SimSid.Pipeline.Tests;

/// <summary>
/// A stand-in model for the batcher tests: the score is the image's first pixel, every call's batch size is recorded,
/// the first call can be held until released (so other studies queue behind it), and an image whose first pixel is
/// negative makes the whole call fail, as a broken input would.
/// </summary>
internal sealed class GatedRecordingScorer(string version = "test-1") : IImageScorer, IDisposable
{
    private readonly ManualResetEventSlim release = new(initialState: true);
    private readonly List<int> batchSizes = [];

    public ModelIdentity Model { get; } = new("SimSID test", version, "1.2.826.0.1.3680043.10.1.98", 0.5);

    public int InputSize => 8;

    /// <summary>Signalled when a call has started (and, if held, is waiting for <see cref="Release"/>).</summary>
    public SemaphoreSlim CallStarted { get; } = new(0);

    public IReadOnlyList<int> BatchSizes
    {
        get
        {
            lock (batchSizes)
            {
                return [.. batchSizes];
            }
        }
    }

    public static GrayImage Image(float value) => new(1, 1, [value]);

    /// <summary>Holds the next calls until <see cref="Release"/>.</summary>
    public void Hold() => release.Reset();

    public void Release() => release.Set();

    public IReadOnlyList<double> Score(IReadOnlyList<GrayImage> images)
    {
        lock (batchSizes)
        {
            batchSizes.Add(images.Count);
        }

        CallStarted.Release();
        release.Wait(TimeSpan.FromSeconds(30));
        if (images.Any(i => i.Pixels[0] < 0))
        {
            throw new InvalidOperationException("a broken image");
        }

        return [.. images.Select(i => (double)i.Pixels[0])];
    }

    public void Dispose()
    {
        release.Dispose();
        CallStarted.Dispose();
    }
}
