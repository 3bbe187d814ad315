using Microsoft.Extensions.Options;
using SimSid.Imaging;
using SimSid.Inference;

namespace SimSid.Pipeline.Tests;

public sealed class CrossStudyBatcherTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task ScoreAsync_LoneStudy_IsScoredAtOnceWithItsOwnScores()
    {
        using var model = new GatedRecordingScorer();
        using var batcher = Batcher(maxBatchSize: 16);

        var scores = await batcher.ScoreAsync(model, Images(0.1f, 0.2f)).WaitAsync(Timeout);

        Assert.Equal([0.1f, 0.2f], scores.Select(s => (float)s));
        Assert.Equal([2], model.BatchSizes);
    }

    [Fact]
    public async Task ScoreAsync_StudiesQueuedWhileABatchRuns_AreScoredTogetherAndEachGetsItsOwnScores()
    {
        using var model = new GatedRecordingScorer();
        using var batcher = Batcher(maxBatchSize: 16);
        var first = await HoldFirstBatchAsync(batcher, model);

        var second = batcher.ScoreAsync(model, Images(0.2f, 0.3f));
        var third = batcher.ScoreAsync(model, Images(0.4f));
        var fourth = batcher.ScoreAsync(model, Images(0.5f, 0.6f, 0.7f));
        model.Release();

        Assert.Equal([0.1f], (await first.WaitAsync(Timeout)).Select(s => (float)s));
        Assert.Equal([0.2f, 0.3f], (await second.WaitAsync(Timeout)).Select(s => (float)s));
        Assert.Equal([0.4f], (await third.WaitAsync(Timeout)).Select(s => (float)s));
        Assert.Equal([0.5f, 0.6f, 0.7f], (await fourth.WaitAsync(Timeout)).Select(s => (float)s));
        Assert.Equal([1, 6], model.BatchSizes);
    }

    [Fact]
    public async Task ScoreAsync_MoreImagesThanTheBatchHolds_NeverSplitsAStudyAndKeepsEveryBatchWithinTheLimit()
    {
        using var model = new GatedRecordingScorer();
        using var batcher = Batcher(maxBatchSize: 4);
        var first = await HoldFirstBatchAsync(batcher, model);

        var queued = new[]
        {
            batcher.ScoreAsync(model, Images(0.2f, 0.2f, 0.2f)),
            batcher.ScoreAsync(model, Images(0.3f, 0.3f)),
            batcher.ScoreAsync(model, Images(0.4f, 0.4f)),
            batcher.ScoreAsync(model, Images(0.5f, 0.5f, 0.5f, 0.5f, 0.5f, 0.5f)),
        };
        model.Release();
        await first.WaitAsync(Timeout);
        var results = await Task.WhenAll(queued).WaitAsync(Timeout);

        Assert.Equal([1, 3, 4, 6], model.BatchSizes);
        Assert.All(results[2], s => Assert.Equal(0.4f, (float)s));
        Assert.Equal(6, results[3].Count);
    }

    [Fact]
    public async Task ScoreAsync_StudiesLeasingDifferentModels_AreNeverScoredInOneBatch()
    {
        using var current = new GatedRecordingScorer("v1");
        using var promoted = new GatedRecordingScorer("v2");
        using var batcher = Batcher(maxBatchSize: 16);
        var first = await HoldFirstBatchAsync(batcher, current);

        var second = batcher.ScoreAsync(current, Images(0.2f));
        var third = batcher.ScoreAsync(promoted, Images(0.3f));
        var fourth = batcher.ScoreAsync(current, Images(0.4f));
        current.Release();
        await Task.WhenAll(first, second, third, fourth).WaitAsync(Timeout);

        Assert.Equal([1, 1, 1], current.BatchSizes);
        Assert.Equal([1], promoted.BatchSizes);
        Assert.Equal(0.4f, (float)(await fourth)[0]);
    }

    [Fact]
    public async Task ScoreAsync_OneStudyOfABatchFails_OnlyThatStudyFailsAndTheOthersAreScored()
    {
        using var model = new GatedRecordingScorer();
        using var batcher = Batcher(maxBatchSize: 16);
        var first = await HoldFirstBatchAsync(batcher, model);

        var good = batcher.ScoreAsync(model, Images(0.2f));
        var broken = batcher.ScoreAsync(model, Images(0.3f, -1f));
        var alsoGood = batcher.ScoreAsync(model, Images(0.4f));
        model.Release();

        Assert.Equal(0.2f, (float)(await good.WaitAsync(Timeout))[0]);
        Assert.Equal(0.4f, (float)(await alsoGood.WaitAsync(Timeout))[0]);
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => broken.WaitAsync(Timeout));
        Assert.Equal("a broken image", error.Message);
        await first;
        Assert.Equal([1, 4, 1, 2, 1], model.BatchSizes);
    }

    [Fact]
    public async Task ScoreAsync_MessageCancelledWhileQueued_IsNotScored()
    {
        using var model = new GatedRecordingScorer();
        using var batcher = Batcher(maxBatchSize: 16);
        var first = await HoldFirstBatchAsync(batcher, model);
        using var cancellation = new CancellationTokenSource();

        var cancelled = batcher.ScoreAsync(model, Images(0.2f), cancellation.Token);
        var kept = batcher.ScoreAsync(model, Images(0.3f));
        await cancellation.CancelAsync();
        model.Release();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled.WaitAsync(Timeout));
        Assert.Equal(0.3f, (float)(await kept.WaitAsync(Timeout))[0]);
        await first;
        Assert.Equal([1, 1], model.BatchSizes);
    }

    [Fact]
    public async Task ScoreAsync_MaxBatchSizeOne_ScoresEveryStudyAlone()
    {
        using var model = new GatedRecordingScorer();
        using var batcher = Batcher(maxBatchSize: 1);
        var first = await HoldFirstBatchAsync(batcher, model);

        var rest = Enumerable.Range(0, 3).Select(_ => batcher.ScoreAsync(model, Images(0.2f))).ToList();
        model.Release();
        await Task.WhenAll([first, .. rest]).WaitAsync(Timeout);

        Assert.Equal([1, 1, 1, 1], model.BatchSizes);
    }

    /// <summary>Submits a one-image study and waits until the model is scoring it, held, so later studies queue behind it.</summary>
    private static async Task<Task<IReadOnlyList<double>>> HoldFirstBatchAsync(CrossStudyBatcher batcher, GatedRecordingScorer model)
    {
        model.Hold();
        var first = batcher.ScoreAsync(model, Images(0.1f));
        Assert.True(await model.CallStarted.WaitAsync(Timeout));
        return first;
    }

    private static CrossStudyBatcher Batcher(int maxBatchSize) =>
        new(Options.Create(new InferenceOptions { MaxBatchSize = maxBatchSize }));

    private static List<GrayImage> Images(params float[] values) => [.. values.Select(GatedRecordingScorer.Image)];
}
