using SimSid.Dicom.Network.Dimse;
using SimSid.Dicom.Network.Scu;
using SimSid.Dicom.StructuredReport.Triage;
using SimSid.Testing;

namespace SimSid.Dicom.StructuredReport.Tests;

/// <summary>The SR sent by the project's own SCU to a real Orthanc files into the source image's study.</summary>
public sealed class OrthancStoreTests
{
    [Theory]
    [InlineData(SrSopClass.Comprehensive3D)]
    [InlineData(SrSopClass.Comprehensive)]
    [InlineData(SrSopClass.Enhanced)]
    public async Task CStore_TriageReportAfterSource_OrthancFilesSrSeriesInSourceStudy(SrSopClass sopClass)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var ct = timeout.Token;
        await using var orthanc = await OrthancPeer.StartAsync(ct);
        var sources = SourceImages.Study(1);
        var source = new DicomFile(sources[0]);
        var report = new TriageReportBuilder(TriageFixtures.Model(), new TriageReportOptions { SopClass = sopClass })
            .Build(sources, TriageFixtures.Scores(sources), TriageFixtures.CreatedAt)
            .ToFile();

        var options = new DicomScuOptions { CallingAe = "SIMSID", CalledAe = OrthancPeer.AeTitle };
        var proposal = ScuProposal.ForInstances(
        [
            (DicomUid.ComputedRadiographyImageStorage, DicomUid.ExplicitVRLittleEndian),
            (report.Dataset.GetString(DicomTag.SOPClassUID), DicomUid.ExplicitVRLittleEndian),
        ]);
        await using (var association = await DicomScuClient.ConnectAsync("127.0.0.1", orthanc.DicomPort, options, proposal, cancellationToken: ct))
        {
            var sourceResult = await association.SendCStoreAsync(source, ct);
            var reportResult = await association.SendCStoreAsync(report, ct);
            Assert.True(sourceResult.Status == DicomStatus.Success, $"source: {sourceResult.Status} {sourceResult.ErrorComment}");
            Assert.True(reportResult.Status == DicomStatus.Success, $"report: {reportResult.Status} {reportResult.ErrorComment}");
            await association.ReleaseAsync(ct);
        }

        var srSeries = await orthanc.FindAsync("Series", new { Modality = "SR" }, ct);
        var series = Assert.Single(srSeries.EnumerateArray());
        Assert.Equal(report.Dataset.GetString(DicomTag.SeriesInstanceUID), series.GetProperty("MainDicomTags").GetProperty("SeriesInstanceUID").GetString());
        Assert.Equal("9901", series.GetProperty("MainDicomTags").GetProperty("SeriesNumber").GetString());
        var study = await orthanc.GetAsync("studies/" + series.GetProperty("ParentStudy").GetString(), ct);
        Assert.Equal(SourceImages.StudyInstanceUid, study.GetProperty("MainDicomTags").GetProperty("StudyInstanceUID").GetString());
        Assert.Equal(2, study.GetProperty("Series").GetArrayLength());
    }
}
