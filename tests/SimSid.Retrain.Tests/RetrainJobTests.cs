using SimSid.Retrain.Gate;
using SimSid.Retrain.Jobs;
using SimSid.Retrain.Locking;
using SimSid.Retrain.Registry;
using SimSid.Retrain.Selection;
using SimSid.Testing;

namespace SimSid.Retrain.Tests;

/// <summary>End-to-end runs with real tiny-preset training on synthetic chests (a few seconds each).</summary>
[Collection(TorchTrainingGroup.Name)]
public sealed class RetrainJobTests
{
    [Fact]
    public void Run_BetterCandidate_IsPromotedAndRollbackRestoresPrevious()
    {
        using var temp = new TempDirectory("simsid-retrain");
        var first = Job(temp.Path, floor: 0).Run(new ImageFolderSource(SyntheticData.MostlyAbnormal));
        Assert.Equal(RetrainOutcome.Promoted, first.Outcome);

        var published = new List<Contracts.ModelPublished>();
        var second = new RetrainJob(Options(temp.Path), TinyTraining.Trainer(), new ModelEvaluator(threads: 1), onPublished: published.Add)
            .Run(new ImageFolderSource(SyntheticData.Normals));

        Assert.Equal(RetrainOutcome.Promoted, second.Outcome);
        Assert.Equal(RetrainExitCodes.Promoted, second.ExitCode);
        Assert.Equal(first.CandidateVersion, second.PreviousVersion);
        Assert.True(second.Candidate!.Auc >= second.Current!.Auc - 0.02);
        Assert.Equal(36, second.TrainingImages);
        Assert.Equal(4, second.RecentNormalImages);
        var registry = new ModelRegistry(temp.Path);
        Assert.Equal(second.CandidateVersion, registry.CurrentVersion);
        Assert.NotEqual(first.CandidateDeviceUid, second.CandidateDeviceUid);
        Assert.True(DecisionRecordWriter.Read(second.DecisionRecordPath!).Promoted);
        var message = Assert.Single(published);
        Assert.Equal(second.CandidateVersion, message.Version);
        Assert.Equal(second.CandidateDeviceUid, message.DeviceUid);
        Assert.Equal(registry.CurrentModelDirectory, message.ModelDirectory);

        var restored = registry.Rollback();

        Assert.Equal(first.CandidateVersion, restored);
        Assert.Equal(first.CandidateVersion, registry.CurrentVersion);
    }

    [Fact]
    public void Run_CandidateTrainedOnMostlyAbnormalData_IsRejectedAndCurrentKept()
    {
        using var temp = new TempDirectory("simsid-retrain");
        var first = Job(temp.Path).Run(new ImageFolderSource(SyntheticData.Normals));
        Assert.Equal(RetrainOutcome.Promoted, first.Outcome);

        var worse = Job(temp.Path).Run(new ImageFolderSource(SyntheticData.MostlyAbnormal));

        Assert.Equal(RetrainOutcome.Rejected, worse.Outcome);
        Assert.Equal(RetrainExitCodes.Rejected, worse.ExitCode);
        Assert.True(worse.Candidate!.Auc < worse.Current!.Auc - 0.02, $"candidate {worse.Candidate.Auc} vs current {worse.Current.Auc}");
        Assert.Equal(first.CandidateVersion, new ModelRegistry(temp.Path).CurrentVersion);
        Assert.Single(new ModelRegistry(temp.Path).List());
        var record = DecisionRecordWriter.Read(worse.DecisionRecordPath!);
        Assert.False(record.Promoted);
        Assert.Equal("rejected", record.Decision);
        Assert.Contains("below the current model's", record.Reason, StringComparison.Ordinal);
        Assert.Equal(16, record.Candidate.ValidationAbnormalCount);
        Assert.Equal(first.CandidateVersion, record.Current!.Version);
    }

    [Fact]
    public void Run_DefaultWithCurrentModel_FineTunesTheCurrentModel()
    {
        using var temp = new TempDirectory("simsid-retrain");
        var first = Job(temp.Path, floor: 0).Run(new ImageFolderSource(SyntheticData.Normals));
        Assert.Equal("from-scratch", first.TrainingMode);

        var tuned = new RetrainJob(Options(temp.Path, floor: 0) with { FromScratch = false, Preset = "compact", Epochs = 1 }, TinyTraining.Trainer(), new ModelEvaluator(threads: 1))
            .Run(new ImageFolderSource(SyntheticData.Normals));

        Assert.Equal("fine-tune", tuned.TrainingMode);
        Assert.Equal("tiny", tuned.Preset);
        Assert.Equal(1, tuned.EpochsCompleted);
        Assert.Equal(first.CandidateVersion, tuned.Current!.Version);
    }

    [Fact]
    public void Run_WhileAnotherRunHoldsTheLock_IsRefusedWithExitCode4()
    {
        using var temp = new TempDirectory("simsid-retrain");
        using var held = RetrainLock.Acquire(Path.Combine(temp.Path, RetrainJob.LockFileName));

        var result = Job(temp.Path).Run(new ImageFolderSource(SyntheticData.Normals));

        Assert.Equal(RetrainOutcome.LockHeld, result.Outcome);
        Assert.Equal(4, result.ExitCode);
        Assert.Null(new ModelRegistry(temp.Path).CurrentVersion);
    }

    [Fact]
    public void Run_TooFewImages_IsSkippedWithoutTraining()
    {
        using var temp = new TempDirectory("simsid-retrain");
        var job = new RetrainJob(Options(temp.Path) with { Selection = Options(temp.Path).Selection with { MinImages = 1000 } }, TinyTraining.Trainer(), new ModelEvaluator(threads: 1));

        var result = job.Run(new ImageFolderSource(SyntheticData.Normals));

        Assert.Equal(RetrainOutcome.Skipped, result.Outcome);
        Assert.Equal(5, result.ExitCode);
        Assert.Equal(40, result.Selection!.Selected);
        Assert.True(File.Exists(result.SelectionManifestPath));
    }

    private static RetrainJob Job(string registry, double floor = 0.5) =>
        new(Options(registry, floor), TinyTraining.Trainer(), new ModelEvaluator(threads: 1));

    private static RetrainJobOptions Options(string registry, double floor = 0.5) => new()
    {
        RegistryDirectory = registry,
        ValidationDirectory = SyntheticData.Validation,
        Preset = "tiny",
        Epochs = 4,
        FromScratch = true,
        Seed = 3,
        Threads = 1,
        Selection = new SelectionOptions { AcceptUnknownAttributes = true, MinImages = 20 },
        Gate = new PromotionGateOptions { AucFloor = floor, AucTolerance = 0.02, MaxRecentNormalFlaggedFraction = 1.0, MaxFlaggedIncrease = 1.0 },
    };
}
