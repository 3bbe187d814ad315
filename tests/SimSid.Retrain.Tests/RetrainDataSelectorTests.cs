using SimSid.Retrain.Selection;

namespace SimSid.Retrain.Tests;

public sealed class RetrainDataSelectorTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly SelectionOptions Window = new() { FromUtc = T0, ToUtc = T0.AddDays(1), ExclusionScore = 0.6, MaxImages = 100, MinImages = 1 };

    [Fact]
    public void Select_MixedArchive_KeepsFrontalCrDxInWindowOncePerSop()
    {
        ArchivedInstance[] archive =
        [
            Instance("1.1", "9.1", "CR", "PA", 1),
            Instance("1.2", "9.2", "DX", "AP", 2),
            Instance("1.3", "9.3", "CR", "LL", 3),
            Instance("1.4", "9.4", "CT", "PA", 4),
            Instance("1.5", "9.5", "CR", "PA", 30),
            Instance("1.1", "9.1", "CR", "PA", 5),
            Instance("1.6", "9.6", null, null, 6),
        ];

        var selection = RetrainDataSelector.Select(archive, Window);

        Assert.Equal(["1.1", "1.2"], selection.Instances.Select(i => i.SopInstanceUid));
        Assert.Equal(T0.AddHours(5), selection.Instances[0].ReceivedUtc);
        Assert.Equal(7, selection.Counts.Considered);
        Assert.Equal(1, selection.Counts.OutsideWindow);
        Assert.Equal(3, selection.Counts.NotFrontalCrDx);
        Assert.Equal(1, selection.Counts.Duplicates);
        Assert.Equal(2, selection.Counts.Selected);
    }

    [Fact]
    public void Select_StudyWithOneFlaggedImage_ExcludesTheWholeStudy()
    {
        ArchivedInstance[] archive =
        [
            Instance("1.1", "9.1", "CR", "PA", 1, score: 0.2),
            Instance("1.2", "9.1", "CR", "AP", 2, score: 0.7),
            Instance("1.3", "9.2", "CR", "PA", 3, score: 0.59),
        ];

        var selection = RetrainDataSelector.Select(archive, Window);

        Assert.Equal(["1.3"], selection.Instances.Select(i => i.SopInstanceUid));
        Assert.Equal(2, selection.Counts.ExcludedByScore);
    }

    [Fact]
    public void Select_LabelledAbnormalStudies_AreExcluded()
    {
        ArchivedInstance[] archive = [Instance("1.1", "9.1", "CR", "PA", 1), Instance("1.2", "9.2", "CR", "PA", 2)];

        var selection = RetrainDataSelector.Select(archive, Window, new HashSet<string>(StringComparer.Ordinal) { "9.2" });

        Assert.Equal(["1.1"], selection.Instances.Select(i => i.SopInstanceUid));
        Assert.Equal(1, selection.Counts.ExcludedByLabel);
    }

    [Fact]
    public void Select_OverCapAndUnderMinimum_KeepsMostRecentAndReportsMinimum()
    {
        var archive = Enumerable.Range(1, 10).Select(i => Instance($"1.{i}", $"9.{i}", "DX", "PA", i)).ToList();

        var selection = RetrainDataSelector.Select(archive, Window with { MaxImages = 3, MinImages = 4 });

        Assert.Equal(["1.10", "1.8", "1.9"], selection.Instances.Select(i => i.SopInstanceUid));
        Assert.Equal(7, selection.Counts.OverCap);
        Assert.False(selection.MeetsMinimum);
    }

    [Fact]
    public void Manifest_Selection_HoldsHashedUidsOnly()
    {
        var selection = RetrainDataSelector.Select([Instance("1.2.840.1", "9.1", "CR", "PA", 1)], Window);
        using var temp = new Testing.TempDirectory("simsid-retrain");
        var path = temp.Combine("selection.json");

        SelectionManifest.From(selection, T0).Write(path);

        var text = File.ReadAllText(path);
        Assert.DoesNotContain("1.2.840.1\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain("9.1", text, StringComparison.Ordinal);
        Assert.Contains(SelectionManifest.Hash("1.2.840.1"), text, StringComparison.Ordinal);
        Assert.Equal(64, SelectionManifest.Hash("1.2.840.1").Length);
    }

    private static ArchivedInstance Instance(string sop, string study, string? modality, string? view, int hour, double? score = null) =>
        new(sop, study, $"/archive/{sop}.dcm", modality, view, T0.AddHours(hour), score);
}
