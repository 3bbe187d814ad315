using System.Net;
using System.Net.Sockets;
using SimSid.Dicom.Network.Pdu;
using SimSid.Dicom.Network.Scu;

namespace SimSid.Dicom.Network.Tests.Scu;

/// <summary>Our SCU against a scripted SCP that stops answering.</summary>
public sealed class ScuTimeoutTests
{
    private static DicomScuOptions Options() => new()
    {
        CallingAe = "SCU",
        CalledAe = "SILENT",
        AssociationTimeout = TimeSpan.FromMilliseconds(300),
        DimseTimeout = TimeSpan.FromMilliseconds(300),
    };

    [Fact]
    public async Task Connect_PeerNeverAnswers_ThrowsAfterAssociationTimeout()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var accept = listener.AcceptTcpClientAsync(timeout.Token);

        var ex = await Assert.ThrowsAsync<DicomNetworkException>(() => DicomScuClient.ConnectAsync("127.0.0.1", ((IPEndPoint)listener.LocalEndpoint).Port, Options(), ScuProposal.Verification(), cancellationToken: timeout.Token));

        Assert.Contains("A-ASSOCIATE-AC", ex.Message, StringComparison.Ordinal);
        (await accept).Dispose();
    }

    [Fact]
    public async Task Echo_PeerNeverResponds_AbortsAfterDimseTimeout()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var peerTask = Task.Run(
            async () =>
            {
                using var client = await listener.AcceptTcpClientAsync(timeout.Token);
                var stream = client.GetStream();
                var reader = new PduReader(stream, 0);
                var rq = Assert.IsType<AssociateRequestPdu>(await reader.ReadAsync(timeout.Token));
                var ac = new AssociateAcceptPdu { CalledAe = rq.CalledAe, CallingAe = rq.CallingAe };
                ac.PresentationContexts.Add(new PresentationContextResult(1, PresentationContextResultReason.Acceptance, DicomNetworkUids.ImplicitVRLittleEndian));
                await PduWriter.WriteAsync(stream, ac, timeout.Token);
                var received = new List<ProtocolDataUnit>();
                try
                {
                    while (await reader.ReadAsync(timeout.Token) is { } pdu)
                    {
                        received.Add(pdu); // The C-ECHO-RQ, then what the SCU does when no response comes.
                    }
                }
                catch (IOException)
                {
                    // The SCU closed the connection.
                }

                return received;
            },
            timeout.Token);

        await using var association = await DicomScuClient.ConnectAsync("127.0.0.1", ((IPEndPoint)listener.LocalEndpoint).Port, Options(), ScuProposal.Verification(), cancellationToken: timeout.Token);
        await Assert.ThrowsAsync<DicomNetworkException>(() => association.EchoAsync(timeout.Token));
        var seen = await peerTask;

        Assert.IsType<PDataTransferPdu>(seen[0]);
        var abort = Assert.IsType<AbortPdu>(seen[^1]);
        Assert.Equal(AbortSource.ServiceUser, abort.Source);
    }
}
