using SimSid.Dicom;
using SimSid.Gateway.Retraining;
using SimSid.Gateway.State;
using SimSid.Retrain.Selection;
using SimSid.Synthetic;
using SimSid.Testing;

namespace SimSid.Retrain.Tests;

/// <summary>The gateway's state database (created and migrated by <see cref="StateDatabase"/>) as the retraining source.</summary>
public sealed class StateDatabaseInstanceSourceTests
{
    private static readonly DateTimeOffset Day = new(2026, 11, 28, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Received_WindowWithScoredAndLateralStudies_ReturnsArchivePathsAttributesAndStudyScores()
    {
        using var temp = new TempDirectory("simsid-statedb");
        var files = SyntheticFolderWriter.Write(temp.Combine("archive"), new SyntheticFolderOptions { Count = 4, Size = 32, Seed = 9 });
        var lateral = DicomFile.Open(files[1].Path);
        lateral.Dataset.AddOrUpdate(DicomTag.ViewPosition, "LL");
        lateral.Save(files[1].Path);
        var database = StateDatabase.Open(temp.Combine("state", "simsid.db"));
        var studies = new StudyStore(database);
        var received = files.Select((f, i) => Record(studies, f.Path, Day.AddHours(i * 10))).ToList();
        var flaggedStudy = received[0].StudyInstanceUid;
        new JobStore(database).RecordScored(flaggedStudy, Guid.NewGuid(), "v1", "2.25.1", 0.2, false, null, Day, [], Day.AddHours(1));
        new JobStore(database).RecordScored(flaggedStudy, Guid.NewGuid(), "v2", "2.25.2", 0.93, true, null, Day, [], Day.AddHours(2));
        File.Delete(files[3].Path); // recorded (at 30 h) but gone from the archive

        var instances = new StateDatabaseInstanceSource(database).Received(Day, Day.AddHours(35)).ToList();

        Assert.Equal(received.Take(3).Select(r => r.SopInstanceUid), instances.Select(i => i.SopInstanceUid));
        var scored = instances[0];
        Assert.Equal(files[0].Path, scored.Path);
        Assert.Equal(flaggedStudy, scored.StudyInstanceUid);
        Assert.Equal(("CR", "PA"), (scored.Modality, scored.ViewPosition));
        Assert.Equal((0.93, true), (scored.Score, scored.Flagged));
        Assert.Equal(Day, scored.ReceivedUtc);
        Assert.Equal("LL", instances[1].ViewPosition);
        Assert.Null(instances[2].Score);
        Assert.Empty(new StateDatabaseInstanceSource(database).Received(Day.AddDays(3), Day.AddDays(4)));
    }

    [Fact]
    public void Received_FedToTheSelector_LeavesOutFlaggedAndLateralStudies()
    {
        using var temp = new TempDirectory("simsid-statedb");
        var files = SyntheticFolderWriter.Write(temp.Combine("archive"), new SyntheticFolderOptions { Count = 3, Size = 32, Seed = 10 });
        var lateral = DicomFile.Open(files[2].Path);
        lateral.Dataset.AddOrUpdate(DicomTag.ViewPosition, "LATERAL");
        lateral.Save(files[2].Path);
        var database = StateDatabase.Open(temp.Combine("simsid.db"));
        var studies = new StudyStore(database);
        var received = files.Select((f, i) => Record(studies, f.Path, Day.AddMinutes(i))).ToList();
        new JobStore(database).RecordScored(received[0].StudyInstanceUid, Guid.NewGuid(), "v1", "2.25.1", 0.8, true, null, Day, [], Day.AddHours(1));

        var selection = RetrainDataSelector.Select(
            new StateDatabaseInstanceSource(database).Received(DateTimeOffset.MinValue, DateTimeOffset.MaxValue),
            new SelectionOptions { MinImages = 1, ExclusionScore = 0.5 });

        Assert.Equal(received[1].SopInstanceUid, Assert.Single(selection.Instances).SopInstanceUid);
        Assert.Equal(1, selection.Counts.ExcludedByScore);
        Assert.Equal(1, selection.Counts.NotFrontalCrDx);
    }

    [Theory]
    [InlineData(DicomUid.ComputedRadiographyImageStorage, "CR")]
    [InlineData(DicomUid.DigitalXRayImageStorageForPresentation, "DX")]
    [InlineData(DicomUid.DigitalXRayImageStorageForProcessing, "DX")]
    [InlineData("1.2.840.10008.5.1.4.1.1.7", null)]
    public void ModalityOf_SopClass_GivesTheModalityItImplies(string sopClassUid, string? modality)
    {
        Assert.Equal(modality, StateDatabaseInstanceSource.ModalityOf(sopClassUid));
    }

    private static ReceivedInstance Record(StudyStore studies, string path, DateTimeOffset at)
    {
        var dataset = DicomFile.Open(path).Dataset;
        var instance = new ReceivedInstance(
            dataset.GetString(DicomTag.SOPInstanceUID),
            dataset.GetString(DicomTag.SOPClassUID),
            dataset.GetString(DicomTag.StudyInstanceUID),
            dataset.GetString(DicomTag.SeriesInstanceUID),
            DicomUid.ExplicitVRLittleEndian,
            path,
            "MODALITY");
        studies.RecordInstance(instance, at);
        return instance;
    }
}
