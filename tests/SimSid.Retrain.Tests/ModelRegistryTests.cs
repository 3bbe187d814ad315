using SimSid.Model.Storage;
using SimSid.Retrain.Registry;
using SimSid.Testing;

namespace SimSid.Retrain.Tests;

public sealed class ModelRegistryTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 1, 2, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Import_TwoModels_GetsNewDistinctDeviceUidsAndKeepsFiles()
    {
        using var temp = new TempDirectory("simsid-registry");
        var registry = new ModelRegistry(temp.Combine("reg"));

        var a = registry.Import(FakeModels.Create(temp.Path, "tiny-a", T0));
        var b = registry.Import(FakeModels.Create(temp.Path, "tiny-b", T0.AddDays(1)));

        Assert.Equal("tiny-a", a.Version);
        Assert.NotEqual("2.25.1", a.DeviceUid);
        Assert.StartsWith("2.25.", a.DeviceUid, StringComparison.Ordinal);
        Assert.NotEqual(a.DeviceUid, b.DeviceUid);
        Assert.Equal(a.DeviceUid, ModelStore.ReadManifest(a.Directory).DeviceUid);
        Assert.True(File.Exists(Path.Combine(a.Directory, "weights.dat")));
        Assert.Null(registry.CurrentVersion);
    }

    [Fact]
    public void Import_SameVersionTwice_SuffixesTheSecond()
    {
        using var temp = new TempDirectory("simsid-registry");
        var registry = new ModelRegistry(temp.Combine("reg"));
        var source = FakeModels.Create(temp.Path, "tiny-a", T0);

        registry.Import(source);
        var second = registry.Import(source);

        Assert.Equal("tiny-a-2", second.Version);
        Assert.Equal("tiny-a-2", ModelStore.ReadManifest(second.Directory).Version);
    }

    [Fact]
    public void Promote_Version_SwitchesPointerAndListMarksCurrent()
    {
        using var temp = new TempDirectory("simsid-registry");
        var registry = new ModelRegistry(temp.Combine("reg"));
        registry.Import(FakeModels.Create(temp.Path, "tiny-a", T0));
        registry.Import(FakeModels.Create(temp.Path, "tiny-b", T0.AddDays(1)));

        registry.Promote("tiny-b");

        Assert.Equal("tiny-b", registry.CurrentVersion);
        Assert.Equal("tiny-b\n", File.ReadAllText(registry.PointerPath));
        Assert.Equal(registry.VersionDirectory("tiny-b"), registry.CurrentModelDirectory);
        Assert.Equal(["tiny-b"], registry.List().Where(e => e.IsCurrent).Select(e => e.Version));
    }

    [Fact]
    public void Promote_UnknownVersion_ThrowsAndKeepsCurrent()
    {
        using var temp = new TempDirectory("simsid-registry");
        var registry = new ModelRegistry(temp.Combine("reg"));
        registry.Promote(registry.Import(FakeModels.Create(temp.Path, "tiny-a", T0)).Version);

        var error = Assert.Throws<RegistryException>(() => registry.Promote("nope"));

        Assert.Contains("nope", error.Message, StringComparison.Ordinal);
        Assert.Equal("tiny-a", registry.CurrentVersion);
    }

    [Theory]
    [InlineData("../evil")]
    [InlineData(".hidden")]
    [InlineData("a/b")]
    public void Promote_InvalidVersionName_Throws(string version)
    {
        using var temp = new TempDirectory("simsid-registry");
        var registry = new ModelRegistry(temp.Combine("reg"));

        Assert.Throws<RegistryException>(() => registry.Promote(version));
    }

    [Fact]
    public void Rollback_WithoutVersion_RestoresThePreviouslyCurrentModel()
    {
        using var temp = new TempDirectory("simsid-registry");
        var registry = new ModelRegistry(temp.Combine("reg"));
        foreach (var v in new[] { "v1", "v2", "v3" })
        {
            registry.Promote(registry.Import(FakeModels.Create(temp.Path, v, T0)).Version);
        }

        Assert.Equal("v2", registry.Rollback());
        Assert.Equal("v2", registry.CurrentVersion);
        Assert.Equal("v3", registry.Rollback());
        Assert.Equal("v1", registry.Rollback("v1"));
        Assert.Equal("v1", registry.CurrentVersion);
    }

    [Fact]
    public void Rollback_NothingPromoted_Throws()
    {
        using var temp = new TempDirectory("simsid-registry");
        var registry = new ModelRegistry(temp.Combine("reg"));

        Assert.Throws<RegistryException>(() => registry.Rollback());
    }

    [Fact]
    public void Promote_MoreThanKeepPrevious_PrunesTheOldestFormerModels()
    {
        using var temp = new TempDirectory("simsid-registry");
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(T0);
        var registry = new ModelRegistry(temp.Combine("reg"), keepPrevious: 2, clock);
        foreach (var v in new[] { "v1", "v2", "v3", "v4", "v5" })
        {
            clock.Advance(TimeSpan.FromHours(1));
            registry.Promote(registry.Import(FakeModels.Create(temp.Path, v, T0)).Version);
        }

        Assert.Equal(["v3", "v4", "v5"], registry.List().Select(e => e.Version).Order(StringComparer.Ordinal));
        Assert.Equal("v5", registry.CurrentVersion);
        Assert.Empty(Directory.GetDirectories(registry.ModelsDirectory, ".*"));
    }

    [Fact]
    public async Task Promote_WhileAnotherThreadReadsThePointer_ReaderOnlyEverSeesWholeVersions()
    {
        using var temp = new TempDirectory("simsid-registry");
        var registry = new ModelRegistry(temp.Combine("reg"), keepPrevious: 5);
        var versions = new[] { "alpha-version-one", "b" };
        foreach (var v in versions)
        {
            registry.Import(FakeModels.Create(temp.Path, v, T0));
        }

        registry.Promote(versions[0]);
        using var stop = new CancellationTokenSource();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var readerView = new ModelRegistry(registry.Root, 5);
        var reader = Task.Run(() =>
        {
            var reads = 0;
            while (!stop.IsCancellationRequested || reads < 100)
            {
                seen.Add(readerView.CurrentVersion ?? "<none>");
                reads++;
            }
        });

        for (var i = 0; i < 300; i++)
        {
            registry.Promote(versions[i % 2]);
        }

        await stop.CancelAsync();
        await reader;
        Assert.Subset(versions.ToHashSet(StringComparer.Ordinal), seen);
    }
}
