using SimSid.Dicom.Network.Dimse;
using SimSid.Dicom.Network.Scu;
using SimSid.Dicom.Network.Tests.Support;
using SimSid.Testing;

namespace SimSid.Dicom.Network.Tests.Interop;

/// <summary>Orthanc as the PACS: our SCU stores into it, its SCU echoes and stores to our SCP.</summary>
public sealed class OrthancTests
{
    [Fact]
    public async Task OrthancAndScp_BothDirections_ContentIdentical()
    {
        await using var scp = await TestScp.StartAsync();
        await using var orthanc = await OrthancPeer.StartAsync(TestScp.AeTitle, scp.Port);
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var explicitSource = TestInstances.Create(scp.ScratchDirectory, 1, "explicit");
        var jpegSource = TestInstances.Create(scp.ScratchDirectory, 2, "jpeg-lossless");

        // Our SCU -> Orthanc.
        var options = new DicomScuOptions { CallingAe = TestScp.AeTitle, CalledAe = OrthancPeer.AeTitle };
        await using (var association = await DicomScuClient.ConnectAsync("127.0.0.1", orthanc.DicomPort, options, ScuProposal.ForFiles([explicitSource, jpegSource]), cancellationToken: timeout.Token))
        {
            Assert.Equal(DicomStatus.Success, await association.EchoAsync(timeout.Token));
            Assert.Equal(DicomStatus.Success, (await association.SendCStoreAsync(explicitSource, timeout.Token)).Status);
            Assert.Equal(DicomStatus.Success, (await association.SendCStoreAsync(jpegSource, timeout.Token)).Status);
            await association.ReleaseAsync(timeout.Token);
        }

        var ids = await orthanc.InstanceIdsAsync();
        Assert.Equal(2, ids.Length);
        var downloaded = Path.Combine(scp.ScratchDirectory, "from-orthanc");
        Directory.CreateDirectory(downloaded);
        var dumps = new List<string>();
        foreach (var id in ids)
        {
            var path = Path.Combine(downloaded, id + ".dcm");
            await orthanc.DownloadAsync(id, path);
            dumps.Add(TestInstances.DumpDataSet(path));
        }

        Assert.Contains(TestInstances.DumpDataSet(explicitSource), dumps);
        Assert.Contains(TestInstances.DumpDataSet(jpegSource), dumps);

        // Orthanc's SCU -> our SCP.
        using (var echo = await orthanc.PostAsync("modalities/simsid/echo", "{}"))
        {
            Assert.True(echo.IsSuccessStatusCode, await echo.Content.ReadAsStringAsync());
        }

        using (var store = await orthanc.PostAsync("modalities/simsid/store", "{\"Resources\":[\"" + string.Join("\",\"", ids) + "\"],\"Synchronous\":true}"))
        {
            Assert.True(store.IsSuccessStatusCode, await store.Content.ReadAsStringAsync());
        }

        var stored = scp.StoredFiles();
        Assert.Equal(2, stored.Length);
        var storedDumps = stored.Select(TestInstances.DumpDataSet).ToList();
        Assert.Contains(TestInstances.DumpDataSet(explicitSource), storedDumps);
        Assert.Contains(TestInstances.DumpDataSet(jpegSource), storedDumps);
    }
}
