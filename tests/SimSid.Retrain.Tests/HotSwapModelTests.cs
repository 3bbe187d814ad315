using System.Collections.Concurrent;
using SimSid.Retrain.Watching;

namespace SimSid.Retrain.Tests;

public sealed class HotSwapModelTests
{
    [Fact]
    public void Swap_WhileLeaseHeld_DisposesOldModelOnlyAfterLeaseEnds()
    {
        var v1 = new FakeModel("v1");
        var v2 = new FakeModel("v2");
        using var models = new HotSwapModel<FakeModel>(v1, "v1");
        var inFlight = models.Acquire();

        Assert.Equal("v1", models.Swap(v2, "v2"));
        Assert.False(v1.Disposed);
        using (var next = models.Acquire())
        {
            Assert.Same(v2, next.Model);
            Assert.Equal("v2", next.Version);
        }

        Assert.Equal("v1", inFlight.Model.Score());
        inFlight.Dispose();
        Assert.True(v1.Disposed);
        Assert.False(v2.Disposed);
    }

    [Fact]
    public async Task Swap_MidStream_EveryMessageScoredExactlyOnceByOneLiveModel()
    {
        var all = new List<FakeModel> { new("v1") };
        using var models = new HotSwapModel<FakeModel>(all[0], "v1");
        var scored = new ConcurrentDictionary<int, string>();
        var duplicates = 0;
        var messages = Enumerable.Range(0, 300).ToList();

        await Parallel.ForEachAsync(messages, new ParallelOptions { MaxDegreeOfParallelism = 4 }, (message, _) =>
        {
            if (message is 100 or 200)
            {
                var next = new FakeModel($"v{(message / 100) + 1}");
                lock (all)
                {
                    // The two swaps may run in either order on parallel threads: record the order they happen in.
                    all.Add(next);
                    models.Swap(next, next.Version);
                }
            }

            using var lease = models.Acquire();
            if (!scored.TryAdd(message, lease.Model.Score()))
            {
                Interlocked.Increment(ref duplicates);
            }

            return ValueTask.CompletedTask;
        });

        Assert.Equal(0, duplicates);
        Assert.Equal(messages, scored.Keys.Order());
        Assert.Equal(all[2].Version, models.CurrentVersion);
        Assert.All(all.Take(2), m => Assert.True(m.Disposed));
        Assert.False(all[2].Disposed);
        Assert.Contains(all[2].Version, scored.Values);
    }

    [Fact]
    public void Dispose_WithoutLeases_DisposesCurrentModel()
    {
        var v1 = new FakeModel("v1");
        var models = new HotSwapModel<FakeModel>(v1, "v1");

        models.Dispose();

        Assert.True(v1.Disposed);
        Assert.Throws<ObjectDisposedException>(() => models.Acquire());
    }

    private sealed class FakeModel(string version) : IDisposable
    {
        public string Version { get; } = version;

        public bool Disposed { get; private set; }

        public string Score()
        {
            ObjectDisposedException.ThrowIf(Disposed, this);
            return Version;
        }

        public void Dispose() => Disposed = true;
    }
}
