using System.Net;
using System.Net.Sockets;
using SimSid.Dicom.Network.Pdu;

namespace SimSid.Dicom.Network.Tests.Support;

/// <summary>A scripted peer speaking raw bytes/PDUs to test the SCP's reactions to misbehaviour.</summary>
internal sealed class RawPeer : IAsyncDisposable
{
    private readonly TcpClient _client;
    private readonly NetworkStream _stream;
    private readonly PduReader _reader;

    private RawPeer(TcpClient client)
    {
        _client = client;
        _stream = client.GetStream();
        _reader = new PduReader(_stream, 0);
    }

    public NetworkStream Stream => _stream;

    public static async Task<RawPeer> ConnectAsync(int port, CancellationToken cancellationToken)
    {
        var client = new TcpClient { NoDelay = true };
        await client.ConnectAsync(IPAddress.Loopback, port, cancellationToken);
        return new RawPeer(client);
    }

    public static AssociateRequestPdu Request(string calledAe, string callingAe = "RAWPEER", string sopClass = TestInstances.CrSopClass)
    {
        var rq = new AssociateRequestPdu { CalledAe = calledAe, CallingAe = callingAe, UserInformation = new UserInformation { MaxPduLength = 16384, ImplementationClassUid = "1.2.3.4" } };
        rq.PresentationContexts.Add(new PresentationContext(1, sopClass, [DicomNetworkUids.ExplicitVRLittleEndian]));
        rq.PresentationContexts.Add(new PresentationContext(3, DicomNetworkUids.Verification, [DicomNetworkUids.ImplicitVRLittleEndian]));
        return rq;
    }

    public async Task SendAsync(ProtocolDataUnit pdu, CancellationToken cancellationToken) => await PduWriter.WriteAsync(_stream, pdu, cancellationToken);

    public async Task SendRawAsync(ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken)
    {
        await _stream.WriteAsync(bytes, cancellationToken);
        await _stream.FlushAsync(cancellationToken);
    }

    /// <summary>Signals end of our data (half-close), so the SCP sees EOF after what was sent.</summary>
    public void FinishSending() => _client.Client.Shutdown(SocketShutdown.Send);

    /// <summary>Reads the next PDU, or null when the SCP closed the connection.</summary>
    public async Task<ProtocolDataUnit?> ReceiveAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await _reader.ReadAsync(cancellationToken);
        }
        catch (IOException)
        {
            return null; // Connection reset by the SCP.
        }
        catch (DicomNetworkException)
        {
            return null;
        }
    }

    /// <summary>Reads until the SCP closes, returning every PDU it sent.</summary>
    public async Task<List<ProtocolDataUnit>> ReceiveUntilClosedAsync(CancellationToken cancellationToken)
    {
        var all = new List<ProtocolDataUnit>();
        while (await ReceiveAsync(cancellationToken) is { } pdu)
        {
            all.Add(pdu);
        }

        return all;
    }

    public async ValueTask DisposeAsync()
    {
        await _stream.DisposeAsync();
        _client.Dispose();
    }
}
