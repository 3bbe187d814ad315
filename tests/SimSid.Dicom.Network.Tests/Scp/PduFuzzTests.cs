using System.Buffers.Binary;
using System.Net.Sockets;
using SimSid.Dicom.Network.Dimse;
using SimSid.Dicom.Network.Pdu;
using SimSid.Dicom.Network.Scu;
using SimSid.Dicom.Network.Tests.Support;

namespace SimSid.Dicom.Network.Tests.Scp;

/// <summary>
/// Thousands of mutated but initially valid PDU streams (associate, echo, store, release) against one loopback SCP:
/// every case must end with the SCP closing the connection (after an A-ASSOCIATE-RJ, an A-ABORT, a release or the
/// peer's end of stream), and the listener must stay healthy with no leaked staging files or association slots.
/// </summary>
public sealed class PduFuzzTests
{
    private const int Cases = 2000;

    [Fact]
    public async Task MutatedPduStreams_EveryCaseEndsCleanly_ListenerStaysHealthy()
    {
        await using var scp = await TestScp.StartAsync(o =>
        {
            o.AssociationRequestTimeout = TimeSpan.FromSeconds(5);
            o.IdleTimeout = TimeSpan.FromSeconds(5);
        });
        var valid = BuildValidStream(scp.ScratchDirectory);
        var outcomes = new int[4];

        await Parallel.ForAsync(0, Cases, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (i, _) =>
        {
            var mutated = Mutate(valid, new Random(1000 + i));
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            await using var peer = await RawPeer.ConnectAsync(scp.Port, timeout.Token);
            try
            {
                await peer.SendRawAsync(mutated, timeout.Token);
                peer.FinishSending();
            }
            catch (Exception ex) when (ex is IOException or SocketException)
            {
                // The SCP aborted and closed before everything was written.
            }

            var received = await peer.ReceiveUntilClosedAsync(timeout.Token);
            Assert.False(timeout.IsCancellationRequested, $"case {i} did not end");
            var last = received.LastOrDefault();
            var kind = last switch
            {
                AbortPdu => 0,
                AssociateRejectPdu => 1,
                ReleaseResponsePdu => 2,
                _ => 3,
            };
            Interlocked.Increment(ref outcomes[kind]);
        });

        // Healthy afterwards: a normal association works, nothing is left staged, no slot is leaked.
        using var final = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await using (var association = await DicomScuClient.ConnectAsync("127.0.0.1", scp.Port, new DicomScuOptions { CallingAe = "AFTER", CalledAe = TestScp.AeTitle }, ScuProposal.Verification(), cancellationToken: final.Token))
        {
            Assert.Equal(DicomStatus.Success, await association.EchoAsync(final.Token));
            await association.ReleaseAsync(final.Token);
        }

        Assert.Empty(scp.StagingFiles());
        Assert.Equal(Cases, outcomes.Sum());
        Assert.True(outcomes[0] > 0 && outcomes[2] > 0, $"abort {outcomes[0]}, reject {outcomes[1]}, release {outcomes[2]}, closed {outcomes[3]}");
    }

    private static byte[] BuildValidStream(string scratch)
    {
        var source = TestInstances.Create(scratch, 1, size: 16);
        var header = Files.Part10Header.Read(source);
        var dataSet = File.ReadAllBytes(source)[(int)header.DataSetOffset..];
        var echo = new DimseCommand { CommandField = DimseCommandField.CEchoRequest, MessageId = 1, AffectedSopClassUid = DicomNetworkUids.Verification, HasDataSet = false };
        var store = new DimseCommand
        {
            CommandField = DimseCommandField.CStoreRequest,
            MessageId = 2,
            AffectedSopClassUid = header.SopClassUid,
            AffectedSopInstanceUid = header.SopInstanceUid,
            HasDataSet = true,
        };
        var half = dataSet.Length / 2 & ~1;
        var stream = new MemoryStream();
        Append(stream, RawPeer.Request(TestScp.AeTitle));
        Append(stream, new PDataTransferPdu([new PresentationDataValue(3, true, true, echo.Encode())]));
        Append(stream, new PDataTransferPdu([new PresentationDataValue(1, true, true, store.Encode())]));
        Append(stream, new PDataTransferPdu([new PresentationDataValue(1, false, false, dataSet.AsMemory(0, half))]));
        Append(stream, new PDataTransferPdu([new PresentationDataValue(1, false, true, dataSet.AsMemory(half))]));
        Append(stream, ReleaseRequestPdu.Instance);
        return stream.ToArray();
    }

    private static void Append(MemoryStream stream, ProtocolDataUnit pdu) => stream.Write(PduWriter.Encode(pdu).Span);

    private static byte[] Mutate(byte[] valid, Random random)
    {
        var bytes = (byte[])valid.Clone();
        var mutations = random.Next(1, 4);
        for (var m = 0; m < mutations; m++)
        {
            switch (random.Next(7))
            {
                case 0: // Flip bits in a few bytes.
                    for (var k = random.Next(1, 5); k > 0; k--)
                    {
                        bytes[random.Next(bytes.Length)] ^= (byte)(1 << random.Next(8));
                    }

                    break;
                case 1: // Extreme byte values.
                    bytes[random.Next(bytes.Length)] = random.Next(2) == 0 ? (byte)0x00 : (byte)0xFF;
                    break;
                case 2: // Truncate.
                    bytes = bytes[..random.Next(bytes.Length)];
                    break;
                case 3: // Insert random bytes.
                    var at = random.Next(bytes.Length);
                    var insert = new byte[random.Next(1, 16)];
                    random.NextBytes(insert);
                    bytes = [.. bytes[..at], .. insert, .. bytes[at..]];
                    break;
                case 4: // Overwrite a 32-bit or 16-bit length-like field.
                    var pos = random.Next(Math.Max(1, bytes.Length - 4));
                    if (random.Next(2) == 0)
                    {
                        BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan(pos), (uint)random.Next());
                    }
                    else
                    {
                        BinaryPrimitives.WriteUInt16BigEndian(bytes.AsSpan(pos), (ushort)random.Next(65536));
                    }

                    break;
                case 5: // Duplicate a slice.
                    var start = random.Next(bytes.Length);
                    var length = random.Next(1, Math.Min(200, bytes.Length - start) + 1);
                    bytes = [.. bytes[..(start + length)], .. bytes[start..(start + length)], .. bytes[(start + length)..]];
                    break;
                default: // Drop a slice.
                    var from = random.Next(bytes.Length);
                    var count = random.Next(1, Math.Min(64, bytes.Length - from) + 1);
                    bytes = [.. bytes[..from], .. bytes[(from + count)..]];
                    break;
            }

            if (bytes.Length == 0)
            {
                bytes = [0x01];
            }
        }

        return bytes;
    }
}
