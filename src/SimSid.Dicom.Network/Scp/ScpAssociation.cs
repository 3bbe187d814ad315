using System.Net;
using Microsoft.Extensions.Logging;
using SimSid.Dicom.Network.Dimse;
using SimSid.Dicom.Network.Pdu;

namespace SimSid.Dicom.Network.Scp;

/// <summary>
/// One SCP association over one connection: the acceptor side of the PS3.8 §9.2 state machine (ARTIM while
/// awaiting the A-ASSOCIATE-RQ, idle timeout while associated) and the C-ECHO/C-STORE service (PS3.7 §9.1).
/// Every failure ends in an A-ASSOCIATE-RJ, an A-ABORT or a closed connection; none escapes to the listener.
/// </summary>
internal sealed partial class ScpAssociation
{
    private readonly Stream _stream;
    private readonly EndPoint? _remote;
    private readonly DicomScpOptions _options;
    private readonly IDicomScpHandlerFactory _factory;
    private readonly ILogger _logger;
    private readonly TimeProvider _time;
    private readonly long _id;
    private readonly Func<bool> _tryTakeSlot;
    private readonly Dictionary<byte, PresentationContextResult> _accepted = [];
    private readonly Dictionary<byte, string> _abstractSyntaxes = [];
    private DicomAssociationInfo _info = null!;
    private DimseSender _sender = null!;
    private DicomScpHandlers? _handlers;

    public ScpAssociation(Stream stream, EndPoint? remote, DicomScpOptions options, IDicomScpHandlerFactory factory, ILogger logger, TimeProvider time, long id, Func<bool> tryTakeSlot)
    {
        _stream = stream;
        _remote = remote;
        _options = options;
        _factory = factory;
        _logger = logger;
        _time = time;
        _id = id;
        _tryTakeSlot = tryTakeSlot;
    }

    /// <summary>True once the association took a concurrency slot (the listener releases it).</summary>
    public bool HoldsSlot { get; private set; }

    /// <param name="abortToken">Fires on forced shutdown: the association is aborted.</param>
    public async Task RunAsync(CancellationToken abortToken)
    {
        var reader = new PduReader(_stream, _options.MaxPduLength);
        try
        {
            var rq = await ReadAssociateRequestAsync(reader, abortToken).ConfigureAwait(false);
            if (rq is null || !await NegotiateAsync(rq, abortToken).ConfigureAwait(false))
            {
                return;
            }

            await ServeAsync(reader, abortToken).ConfigureAwait(false);
        }
        catch (DicomPduException ex)
        {
            Log.ProtocolError(_logger, ex, _id);
            await TrySendAbortAsync(ex.Reason).ConfigureAwait(false);
        }
        catch (DicomDimseException ex)
        {
            Log.ProtocolError(_logger, ex, _id);
            await TrySendAbortAsync(AbortReason.InvalidPduParameterValue).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (abortToken.IsCancellationRequested)
        {
            Log.AssociationAborted(_logger, _id, "listener shutdown");
            await TrySendAbortAsync(AbortReason.NotSpecified).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or DicomNetworkException or ObjectDisposedException or System.Security.Authentication.AuthenticationException)
        {
            Log.AssociationFailed(_logger, ex, _id);
        }
        finally
        {
            if (_handlers is not null)
            {
                await DisposeHandlerAsync(_handlers.Store).ConfigureAwait(false);
                await DisposeHandlerAsync(_handlers.Echo).ConfigureAwait(false);
            }
        }
    }

    private async Task<AssociateRequestPdu?> ReadAssociateRequestAsync(PduReader reader, CancellationToken abortToken)
    {
        using var artim = new CancellationTokenSource(_options.AssociationRequestTimeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(artim.Token, abortToken);
        ProtocolDataUnit? first;
        try
        {
            first = await reader.ReadAsync(linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (artim.IsCancellationRequested)
        {
            Log.ArtimExpired(_logger, _id, _remote);
            return null;
        }

        switch (first)
        {
            case null:
                return null;
            case AssociateRequestPdu rq:
                return rq;
            default:
                throw new DicomPduException(AbortReason.UnexpectedPdu, $"Expected A-ASSOCIATE-RQ, received {first.Type}.");
        }
    }

    private async Task<bool> NegotiateAsync(AssociateRequestPdu rq, CancellationToken cancellationToken)
    {
        var remoteAddress = (_remote as IPEndPoint)?.Address;
        var reject = AssociationNegotiator.CheckAcceptable(rq, _options, remoteAddress);
        if (reject is null)
        {
            HoldsSlot = _tryTakeSlot();
            if (!HoldsSlot)
            {
                reject = new AssociateRejectPdu(RejectResult.Transient, RejectSource.ServiceProviderPresentation, RejectReasons.LocalLimitExceeded);
            }
        }

        if (reject is not null)
        {
            Log.AssociationRejected(_logger, _id, rq.CallingAe, _remote, rq.CalledAe, reject.ToString());
            await PduWriter.WriteAsync(_stream, reject, cancellationToken).ConfigureAwait(false);
            return false;
        }

        var ac = AssociationNegotiator.Accept(rq, _options, _accepted);
        foreach (var pc in rq.PresentationContexts)
        {
            _abstractSyntaxes.TryAdd(pc.Id, pc.AbstractSyntax);
        }

        _info = new DicomAssociationInfo(_id, rq.CallingAe, rq.CalledAe, _remote);
        _sender = new DimseSender(_stream, rq.UserInformation.MaxPduLength);
        await PduWriter.WriteAsync(_stream, ac, cancellationToken).ConfigureAwait(false);
        Log.AssociationAccepted(_logger, _id, rq.CallingAe, _remote, rq.CalledAe, _accepted.Count);
        _handlers = _factory.Create(_info);
        return true;
    }

    private async Task TrySendAbortAsync(AbortReason reason)
    {
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5), _time);
            await PduWriter.WriteAsync(_stream, new AbortPdu(AbortSource.ServiceProvider, reason), timeout.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or OperationCanceledException or ObjectDisposedException or NotSupportedException)
        {
            // The peer is already gone.
        }
    }

    private static async ValueTask DisposeHandlerAsync(object? handler)
    {
        switch (handler)
        {
            case IAsyncDisposable asyncDisposable:
                await asyncDisposable.DisposeAsync().ConfigureAwait(false);
                break;
            case IDisposable disposable:
                disposable.Dispose();
                break;
            default:
                break;
        }
    }
}
