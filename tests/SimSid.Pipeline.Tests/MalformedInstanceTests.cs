using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using SimSid.Dicom;
using SimSid.Dicom.Network.Dimse;
using SimSid.Dicom.Network.Files;
using SimSid.Dicom.Network.Scu;
using SimSid.Gateway.Receiving;
using SimSid.Synthetic;
using SimSid.Testing;

namespace SimSid.Pipeline.Tests;

/// <summary>
/// Issue 6, faults: malformed instances in a study. A truncated Part 10 file gets a failure status at C-STORE; an
/// instance whose pixel data is shorter than its Rows × Columns is accepted, then skipped by inference with the reason
/// recorded. Both are logged, and the study's good images are scored and reported in its SR.
/// </summary>
public sealed class MalformedInstanceTests
{
    private const string TruncatedUid = "2.25.300000000000000000000000000000000001";
    private const string ShortPixelDataUid = "2.25.300000000000000000000000000000000002";

    [Fact]
    public async Task Pipeline_StudyWithTruncatedAndShortPixelDataInstances_FailureStatusSkipLoggedAndSrForGoodImages()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        var ct = timeout.Token;
        using var temp = new TempDirectory();
        using var seq = new FakeSeqServer();
        await using var pacs = new LoopbackPacs(temp.Combine("pacs"));
        await pacs.StartAsync();
        var files = SyntheticFolderWriter.Write(temp.Combine("in"), new SyntheticFolderOptions { Count = 4, Size = 64, Seed = 51 }).Select(f => f.Path).ToList();
        var studyUid = DicomFile.Open(files[0]).Dataset.GetString(DicomTag.StudyInstanceUID)!;
        var goodUids = files.Take(2).Select(f => DicomFile.Open(f).Dataset.GetString(DicomTag.SOPInstanceUID)!).ToList();

        // All four into the first study (dcmodify updates the meta header's UIDs with the data set's).
        ExternalTool.RunChecked("dcmodify", "-nb", "-m", $"(0020,000d)={studyUid}", files[1], files[2], files[3]);
        ExternalTool.RunChecked("dcmodify", "-nb", "-m", $"(0008,0018)={ShortPixelDataUid}", "-m", "(0028,0010)=1024", "-m", "(0028,0011)=1024", files[2]);
        ExternalTool.RunChecked("dcmodify", "-nb", "-m", $"(0008,0018)={TruncatedUid}", files[3]);
        Truncate(files[3]);

        var app = PipelineHost.Build(LoopbackServeSettings.Create(temp, pacs.Port, "TESTPACS", seq.Url), new MeanIntensityScorer());
        await app.StartAsync(ct);
        try
        {
            var port = app.Services.GetRequiredService<StoreScpService>().Port;
            var statuses = await SendAsync(port, files, ct);

            Assert.True(statuses[0].IsSuccessOrWarning && statuses[1].IsSuccessOrWarning, "the good images are stored");
            Assert.True(statuses[2].IsSuccessOrWarning, "pixel data is not decoded at C-STORE, so the short instance is accepted");
            Assert.Equal(DicomStatusState.Failure, statuses[3].State);
            await pacs.WaitForAsync(1, TimeSpan.FromSeconds(45));
            var report = Assert.Single(pacs.Stored);
            Assert.Equal(studyUid, report.StudyInstanceUid);
            var reportText = Encoding.ASCII.GetString(await File.ReadAllBytesAsync(report.Path, ct));
            Assert.All(goodUids, uid => Assert.Contains(uid, reportText, StringComparison.Ordinal));
            Assert.DoesNotContain(ShortPixelDataUid, reportText, StringComparison.Ordinal);
            Assert.DoesNotContain(TruncatedUid, reportText, StringComparison.Ordinal);

            // Logged with stable properties: the rejection, the skip with its reason, and a study scored on two images.
            await TriageEvents.WaitForStudiesAsync(seq, [studyUid], ct);
            var rejected = Assert.Single(TriageEvents.Matching(seq, "Rejected {SopInstanceUid}"));
            Assert.Equal(TruncatedUid, rejected.GetProperty("SopInstanceUid").GetString());
            var skipped = Assert.Single(TriageEvents.Matching(seq, "Skipped {SopInstanceUid}"));
            Assert.Equal(ShortPixelDataUid, skipped.GetProperty("SopInstanceUid").GetString());
            Assert.StartsWith("unreadable", skipped.GetProperty("Reason").GetString(), StringComparison.Ordinal);
            var scored = Assert.Single(TriageEvents.Matching(seq, "Scored study {StudyInstanceUid}"));
            Assert.Equal(2, scored.GetProperty("ImageCount").GetInt32());
            Assert.Equal(1, scored.GetProperty("SkippedCount").GetInt32());

            // And recorded in the state database with the job.
            Assert.StartsWith("unreadable", RecordedSkipReason(temp.Combine("state.db"), ShortPixelDataUid), StringComparison.Ordinal);
        }
        finally
        {
            await app.StopAsync(CancellationToken.None);
            await app.DisposeAsync();
        }
    }

    private static string? RecordedSkipReason(string databasePath, string sopInstanceUid)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, Mode = SqliteOpenMode.ReadOnly }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT reason FROM skipped_instances WHERE sop_instance_uid = $uid;";
        command.Parameters.AddWithValue("$uid", sopInstanceUid);
        return command.ExecuteScalar() as string;
    }

    /// <summary>Cuts the file 40 bytes into its data set: the meta header is intact, the data set ends mid-element.</summary>
    private static void Truncate(string path)
    {
        var header = Part10Header.Read(path);
        using var file = new FileStream(path, FileMode.Open, FileAccess.ReadWrite);
        file.SetLength(header.DataSetOffset + 40);
    }

    /// <summary>Sends each file over one association and returns the statuses in order.</summary>
    private static async Task<IReadOnlyList<DicomStatus>> SendAsync(int port, IReadOnlyList<string> paths, CancellationToken ct)
    {
        var options = new DicomScuOptions { CallingAe = "MODALITY", CalledAe = "SIMSID" };
        await using var association = await DicomScuClient.ConnectAsync("127.0.0.1", port, options, ScuProposal.ForFiles(paths), cancellationToken: ct);
        var statuses = new List<DicomStatus>();
        foreach (var path in paths)
        {
            statuses.Add((await association.SendCStoreAsync(path, ct)).Status);
        }

        await association.ReleaseAsync(ct);
        return statuses;
    }
}
