using System.Globalization;
using SimSid.Dicom.Network.Dimse;
using SimSid.Dicom.Network.Scu;
using SimSid.Dicom.Network.Tests.Support;
using SimSid.Testing;

namespace SimSid.Dicom.Network.Tests.Interop;

/// <summary>Our SCU against dcmtk storescp.</summary>
public sealed class ScuToStorescpTests
{
    private static async Task<(PeerProcess Peer, int Port)> StartStorescpAsync(string outDir, string preference)
    {
        Directory.CreateDirectory(outDir);
        var port = PeerProcess.FreePort();
        var peer = PeerProcess.Start("storescp", "-aet", "STORESCP", preference, "-od", outDir, port.ToString(CultureInfo.InvariantCulture));
        await peer.WaitForPortAsync(port, TimeSpan.FromSeconds(20));
        return (peer, port);
    }

    private static DicomScuOptions Options() => new() { CallingAe = "SIMSIDSCU", CalledAe = "STORESCP", DimseTimeout = TimeSpan.FromSeconds(30) };

    [Fact]
    public async Task SendCStore_SeveralTransferSyntaxesOnOneAssociation_IdenticalAtStorescp()
    {
        using var temp = new TempDirectory();
        var sources = new[]
        {
            TestInstances.Create(temp.Combine("src"), 1, "explicit"),
            TestInstances.Create(temp.Combine("src"), 2, "implicit"),
            TestInstances.Create(temp.Combine("src"), 3, "jpeg-lossless"),
            TestInstances.Create(temp.Combine("src"), 4, "rle"),
        };
        var (peer, port) = await StartStorescpAsync(temp.Combine("recv"), "+xa");
        using (peer)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
            await using var association = await DicomScuClient.ConnectAsync("127.0.0.1", port, Options(), ScuProposal.ForFiles(sources), cancellationToken: timeout.Token);

            Assert.Equal(DicomStatus.Success, await association.EchoAsync(timeout.Token));
            foreach (var source in sources)
            {
                var result = await association.SendCStoreAsync(source, timeout.Token);
                Assert.Equal(DicomStatus.Success, result.Status);
            }

            await association.ReleaseAsync(timeout.Token);
        }

        var received = Directory.GetFiles(temp.Combine("recv"));
        Assert.Equal(sources.Length, received.Length);
        foreach (var source in sources)
        {
            var sop = Files.Part10Header.Read(source).SopInstanceUid;
            var match = Assert.Single(received, r => r.EndsWith(sop, StringComparison.Ordinal));
            Assert.Equal(TestInstances.TransferSyntaxOf(source), TestInstances.TransferSyntaxOf(match));
            Assert.Equal(TestInstances.DumpDataSet(source), TestInstances.DumpDataSet(match));
        }
    }

    [Fact]
    public async Task SendCStore_PeerAcceptsImplicitOnly_TranscodesAndContentIdentical()
    {
        using var temp = new TempDirectory();
        var source = TestInstances.Create(temp.Combine("src"), 1, "explicit");
        var (peer, port) = await StartStorescpAsync(temp.Combine("recv"), "+xi");
        using (peer)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
            await using var association = await DicomScuClient.ConnectAsync("127.0.0.1", port, Options(), ScuProposal.ForFiles([source]), cancellationToken: timeout.Token);

            var result = await association.SendCStoreAsync(source, timeout.Token);

            Assert.Equal(DicomStatus.Success, result.Status);
            Assert.Equal("1.2.840.10008.1.2", result.TransferSyntaxUid);
            await association.ReleaseAsync(timeout.Token);
        }

        var received = Assert.Single(Directory.GetFiles(temp.Combine("recv")));
        Assert.Equal("1.2.840.10008.1.2", TestInstances.TransferSyntaxOf(received));
        Assert.Equal(TestInstances.DumpDataSet(source), TestInstances.DumpDataSet(received));
    }
}
