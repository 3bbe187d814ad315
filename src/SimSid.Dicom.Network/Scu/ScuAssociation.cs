using System.Buffers;
using System.Net.Sockets;
using Microsoft.Extensions.Logging;
using SimSid.Dicom.Network.Dimse;
using SimSid.Dicom.Network.Files;
using SimSid.Dicom.Network.Pdu;

namespace SimSid.Dicom.Network.Scu;

/// <summary>
/// An established SCU association: C-ECHO and C-STORE (one at a time, many per association), release and abort.
/// A DIMSE response that does not arrive within <see cref="DicomScuOptions.DimseTimeout"/> aborts the association.
/// </summary>
public sealed partial class ScuAssociation : IAsyncDisposable
{
    private readonly TcpClient _client;
    private readonly Stream _stream;
    private readonly PduReader _reader;
    private readonly DimseSender _sender;
    private readonly DicomScuOptions _options;
    private readonly ILogger _logger;
    private readonly TimeProvider _time;
    private readonly Dictionary<byte, string> _abstractSyntaxes = [];
    private readonly ArrayBufferWriter<byte> _commandBytes = new();
    private ushort _nextMessageId = 1;
    private bool _closed;

    internal ScuAssociation(TcpClient client, Stream stream, PduReader reader, AssociateRequestPdu rq, AssociateAcceptPdu ac, DicomScuOptions options, ILogger logger, TimeProvider time)
    {
        _client = client;
        _stream = stream;
        _reader = reader;
        _options = options;
        _logger = logger;
        _time = time;
        _sender = new DimseSender(stream, ac.UserInformation.MaxPduLength);
        foreach (var pc in rq.PresentationContexts)
        {
            _abstractSyntaxes.TryAdd(pc.Id, pc.AbstractSyntax);
        }

        AcceptedContexts = [.. ac.PresentationContexts.Where(p => p.IsAccepted && _abstractSyntaxes.ContainsKey(p.Id))];
        PeerMaxPduLength = ac.UserInformation.MaxPduLength;
        PeerImplementationClassUid = ac.UserInformation.ImplementationClassUid;
    }

    public IReadOnlyList<PresentationContextResult> AcceptedContexts { get; }

    public uint PeerMaxPduLength { get; }

    public string? PeerImplementationClassUid { get; }

    /// <summary>Sends a C-ECHO-RQ on an accepted Verification context.</summary>
    public async Task<DicomStatus> EchoAsync(CancellationToken cancellationToken = default)
    {
        var context = FindContext(DicomNetworkUids.Verification, _ => true)
            ?? throw new DicomNetworkException("The peer did not accept the Verification SOP class.");
        var request = new DimseCommand
        {
            CommandField = DimseCommandField.CEchoRequest,
            MessageId = _nextMessageId++,
            AffectedSopClassUid = DicomNetworkUids.Verification,
            HasDataSet = false,
        };
        await RunGuardedAsync(() => _sender.SendCommandAsync(context.Id, request, cancellationToken), cancellationToken).ConfigureAwait(false);
        var response = await ReadResponseAsync(request.MessageId, cancellationToken).ConfigureAwait(false);
        return response.Status;
    }

    /// <summary>Sends one Part 10 file: streamed from disk when its transfer syntax was accepted, else transcoded to Explicit/Implicit VR Little Endian.</summary>
    public async Task<CStoreResult> SendCStoreAsync(string path, CancellationToken cancellationToken = default)
    {
        var header = Part10Header.Read(path);
        var direct = FindContext(header.SopClassUid, ts => ts == header.TransferSyntaxUid);
        if (direct is not null)
        {
            var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.SequentialScan | FileOptions.Asynchronous);
            await using (file.ConfigureAwait(false))
            {
                file.Position = header.DataSetOffset;
                return await StoreAsync(direct, header.SopClassUid, header.SopInstanceUid, (sender, id, ct) => sender.SendDataSetAsync(id, file, ct), cancellationToken).ConfigureAwait(false);
            }
        }

        return await SendCStoreAsync(DicomFile.Open(path), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Sends an in-memory instance in its own transfer syntax when accepted, else in Explicit or Implicit VR Little Endian.</summary>
    public async Task<CStoreResult> SendCStoreAsync(DicomFile file, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        var sopClass = file.Meta.MediaStorageSOPClassUID ?? file.Dataset.GetString(DicomTag.SOPClassUID);
        var sopInstance = file.Meta.MediaStorageSOPInstanceUID ?? file.Dataset.GetString(DicomTag.SOPInstanceUID);
        var own = file.Meta.TransferSyntax;
        var context = FindContext(sopClass, ts => ts == own.Uid)
            ?? (own.IsEncapsulated ? null : FindContext(sopClass, ts => ts is DicomNetworkUids.ExplicitVRLittleEndian or DicomNetworkUids.ImplicitVRLittleEndian))
            ?? throw new DicomNetworkException($"No accepted presentation context can carry {sopClass} in {own.Uid} (or a Little Endian conversion of it).");
        var bytes = DicomDatasetWriter.ToBytes(file.Dataset, DicomTransferSyntax.Lookup(context.TransferSyntax));
        return await StoreAsync(context, sopClass, sopInstance, (sender, id, ct) => sender.SendDataSetAsync(id, bytes, ct), cancellationToken).ConfigureAwait(false);
    }

    private async Task<CStoreResult> StoreAsync(PresentationContextResult context, string sopClass, string sopInstance, Func<DimseSender, byte, CancellationToken, ValueTask> sendDataSet, CancellationToken cancellationToken)
    {
        var request = new DimseCommand
        {
            CommandField = DimseCommandField.CStoreRequest,
            MessageId = _nextMessageId++,
            AffectedSopClassUid = sopClass,
            AffectedSopInstanceUid = sopInstance,
            Priority = 0,
            HasDataSet = true,
        };
        await RunGuardedAsync(
            async () =>
            {
                await _sender.SendCommandAsync(context.Id, request, cancellationToken).ConfigureAwait(false);
                await sendDataSet(_sender, context.Id, cancellationToken).ConfigureAwait(false);
            },
            cancellationToken).ConfigureAwait(false);
        var response = await ReadResponseAsync(request.MessageId, cancellationToken).ConfigureAwait(false);
        Log.ScuStoreCompleted(_logger, sopInstance, response.Status.ToString());
        return new CStoreResult(sopInstance, response.Status, response.ErrorComment, context.TransferSyntax);
    }

    private PresentationContextResult? FindContext(string abstractSyntax, Func<string, bool> transferSyntax) =>
        AcceptedContexts.FirstOrDefault(p => _abstractSyntaxes[p.Id] == abstractSyntax && transferSyntax(p.TransferSyntax));
}
