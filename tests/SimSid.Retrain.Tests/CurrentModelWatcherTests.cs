using SimSid.Retrain.Registry;
using SimSid.Retrain.Watching;
using SimSid.Testing;

namespace SimSid.Retrain.Tests;

public sealed class CurrentModelWatcherTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 1, 2, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Check_AfterPromotion_RaisesOncePerNewVersion()
    {
        using var temp = new TempDirectory("simsid-watch");
        var registry = new ModelRegistry(temp.Combine("reg"));
        registry.Promote(registry.Import(FakeModels.Create(temp.Path, "v1", T0)).Version);
        registry.Import(FakeModels.Create(temp.Path, "v2", T0));
        using var watcher = new CurrentModelWatcher(registry.Root);
        var changes = new List<CurrentModelChangedEventArgs>();
        watcher.CurrentModelChanged += (_, e) => changes.Add(e);

        Assert.False(watcher.Check());
        registry.Promote("v2");
        Assert.True(watcher.Check());
        Assert.False(watcher.Check());

        var change = Assert.Single(changes);
        Assert.Equal("v2", change.Version);
        Assert.Equal("v1", change.PreviousVersion);
        Assert.Equal(registry.VersionDirectory("v2"), change.ModelDirectory);
    }

    [Fact]
    public async Task Start_PointerSwitched_RaisesEventFromFileNotification()
    {
        using var temp = new TempDirectory("simsid-watch");
        var registry = new ModelRegistry(temp.Combine("reg"));
        registry.Promote(registry.Import(FakeModels.Create(temp.Path, "v1", T0)).Version);
        registry.Import(FakeModels.Create(temp.Path, "v2", T0));
        using var watcher = new CurrentModelWatcher(registry.Root);
        var changed = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        watcher.CurrentModelChanged += (_, e) => changed.TrySetResult(e.Version);
        watcher.Start();

        registry.Promote("v2");

        Assert.Equal("v2", await changed.Task.WaitAsync(TimeSpan.FromSeconds(30)));
    }
}
