using System.Buffers;
using Microsoft.Extensions.Logging;
using SimSid.Dicom.Network.Dimse;
using SimSid.Dicom.Network.Pdu;

namespace SimSid.Dicom.Network.Scp;

/// <summary>The associated state: P-DATA assembly into DIMSE messages, release and abort.</summary>
internal sealed partial class ScpAssociation
{
    private readonly ArrayBufferWriter<byte> _commandBytes = new();
    private DimseCommand? _pendingCommand;
    private byte _pendingContextId;
    private InstanceSpool? _spool;
    private DicomStatus? _pendingFailure;

    private async Task ServeAsync(PduReader reader, CancellationToken abortToken)
    {
        using var idle = new CancellationTokenSource(Timeout.InfiniteTimeSpan, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(idle.Token, abortToken);
        try
        {
            while (true)
            {
                idle.CancelAfter(_options.IdleTimeout);
                ProtocolDataUnit? pdu;
                try
                {
                    pdu = await reader.ReadAsync(linked.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (idle.IsCancellationRequested && !abortToken.IsCancellationRequested)
                {
                    Log.IdleTimeout(_logger, _id, _options.IdleTimeout);
                    await TrySendAbortAsync(AbortReason.NotSpecified).ConfigureAwait(false);
                    return;
                }

                idle.CancelAfter(Timeout.InfiniteTimeSpan);
                switch (pdu)
                {
                    case null:
                        Log.AssociationAborted(_logger, _id, "connection closed without release");
                        return;
                    case PDataTransferPdu data:
                        foreach (var pdv in data.Values)
                        {
                            await OnPdvAsync(pdv, abortToken).ConfigureAwait(false);
                        }

                        break;
                    case ReleaseRequestPdu:
                        if (_pendingCommand is not null || _commandBytes.WrittenCount > 0)
                        {
                            throw new DicomPduException(AbortReason.UnexpectedPdu, "A-RELEASE-RQ in the middle of a DIMSE message.");
                        }

                        await PduWriter.WriteAsync(_stream, ReleaseResponsePdu.Instance, abortToken).ConfigureAwait(false);
                        Log.AssociationReleased(_logger, _id);
                        return;
                    case AbortPdu abort:
                        Log.AssociationAborted(_logger, _id, abort.ToString());
                        return;
                    default:
                        throw new DicomPduException(AbortReason.UnexpectedPdu, $"Unexpected {pdu.Type} PDU on an established association.");
                }
            }
        }
        finally
        {
            if (_spool is not null)
            {
                await _spool.DisposeAsync().ConfigureAwait(false);
                _spool = null;
            }
        }
    }

    private async Task OnPdvAsync(PresentationDataValue pdv, CancellationToken cancellationToken)
    {
        if (!_accepted.ContainsKey(pdv.PresentationContextId))
        {
            throw new DicomPduException(AbortReason.InvalidPduParameterValue, $"PDV on presentation context {pdv.PresentationContextId}, which was not accepted.");
        }

        if (pdv.IsCommand)
        {
            if (_pendingCommand is not null)
            {
                throw new DicomPduException(AbortReason.UnexpectedPdu, "Command fragment while a data set was expected.");
            }

            if (_commandBytes.WrittenCount > 0 && pdv.PresentationContextId != _pendingContextId)
            {
                throw new DicomPduException(AbortReason.InvalidPduParameterValue, "Command fragments on different presentation contexts.");
            }

            if (_commandBytes.WrittenCount + pdv.Data.Length > DimseCommand.MaxEncodedLength)
            {
                throw new DicomPduException(AbortReason.InvalidPduParameterValue, $"Command set longer than {DimseCommand.MaxEncodedLength} bytes.");
            }

            _pendingContextId = pdv.PresentationContextId;
            _commandBytes.Write(pdv.Data.Span);
            if (pdv.IsLastFragment)
            {
                var command = DimseCommand.Decode(_commandBytes.WrittenSpan);
                _commandBytes.ResetWrittenCount();
                await OnCommandAsync(command, cancellationToken).ConfigureAwait(false);
            }

            return;
        }

        if (_pendingCommand is null || pdv.PresentationContextId != _pendingContextId)
        {
            throw new DicomPduException(AbortReason.UnexpectedPdu, "Data set fragment without a preceding command on its presentation context.");
        }

        if (_spool is not null)
        {
            await _spool.WriteAsync(pdv.Data, cancellationToken).ConfigureAwait(false);
        }

        if (pdv.IsLastFragment)
        {
            var command = _pendingCommand;
            _pendingCommand = null;
            await OnDataSetCompleteAsync(command, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task OnCommandAsync(DimseCommand command, CancellationToken cancellationToken)
    {
        switch (command.CommandField)
        {
            case DimseCommandField.CEchoRequest:
                if (command.HasDataSet)
                {
                    _pendingCommand = command;
                    _pendingFailure = DicomStatus.CannotUnderstand;
                    return;
                }

                var status = await InvokeHandlerAsync(() => _handlers!.Echo.OnCEchoAsync(_info, cancellationToken)).ConfigureAwait(false);
                await SendResponseAsync(command, DimseCommandField.CEchoResponse, status, cancellationToken).ConfigureAwait(false);
                return;
            case DimseCommandField.CStoreRequest when command.HasDataSet:
                _pendingCommand = command;
                _pendingFailure = CheckStoreRequest(command);
                if (_pendingFailure is null)
                {
                    try
                    {
                        _spool = InstanceSpool.Create(_options.StagingDirectory, command.AffectedSopClassUid!, command.AffectedSopInstanceUid!, _accepted[_pendingContextId].TransferSyntax, _info.CallingAe);
                    }
                    catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                    {
                        Log.StoreFailed(_logger, ex, _id, command.AffectedSopInstanceUid!);
                        _pendingFailure = DicomStatus.OutOfResources;
                    }
                }

                return;
            default:
                // Unsupported or malformed operation: consume any data set, then answer "unrecognized operation".
                if (command.HasDataSet)
                {
                    _pendingCommand = command;
                    _pendingFailure = new DicomStatus(0x0211);
                    return;
                }

                await SendResponseAsync(command, (DimseCommandField)((ushort)command.CommandField | 0x8000), new DicomStatus(0x0211), cancellationToken).ConfigureAwait(false);
                return;
        }
    }

    private DicomStatus? CheckStoreRequest(DimseCommand command)
    {
        if (_handlers!.Store is null)
        {
            return DicomStatus.SopClassNotSupported;
        }

        if (!Files.UidPath.IsValid(command.AffectedSopClassUid) || !Files.UidPath.IsValid(command.AffectedSopInstanceUid))
        {
            return DicomStatus.CannotUnderstand;
        }

        return string.Equals(command.AffectedSopClassUid, _abstractSyntaxes[_pendingContextId], StringComparison.Ordinal)
            ? null
            : DicomStatus.SopClassNotSupported;
    }

    private async Task OnDataSetCompleteAsync(DimseCommand command, CancellationToken cancellationToken)
    {
        var responseField = command.CommandField == DimseCommandField.CStoreRequest
            ? DimseCommandField.CStoreResponse
            : (DimseCommandField)((ushort)command.CommandField | 0x8000);
        var failure = _pendingFailure;
        _pendingFailure = null;
        var spool = _spool;
        _spool = null;
        if (failure is not null || spool is null)
        {
            if (spool is not null)
            {
                await spool.DisposeAsync().ConfigureAwait(false);
            }

            await SendResponseAsync(command, responseField, failure ?? DicomStatus.ProcessingFailure, cancellationToken).ConfigureAwait(false);
            return;
        }

        DicomStatus status;
        await using (spool.ConfigureAwait(false))
        {
            await spool.CompleteAsync().ConfigureAwait(false);
            if (spool.Failure is not null)
            {
                Log.StoreFailed(_logger, spool.Failure, _id, command.AffectedSopInstanceUid!);
                status = DicomStatus.OutOfResources;
            }
            else
            {
                var request = new CStoreRequestContext(_info, command.MessageId, command.AffectedSopClassUid!, command.AffectedSopInstanceUid!, _accepted[_pendingContextId].TransferSyntax, spool.Path, spool.Length);
                status = await InvokeHandlerAsync(() => _handlers!.Store!.OnCStoreAsync(request, cancellationToken)).ConfigureAwait(false);
            }
        }

        Log.InstanceStored(_logger, _id, command.AffectedSopInstanceUid!, command.AffectedSopClassUid!, _accepted[_pendingContextId].TransferSyntax, status.ToString());
        await SendResponseAsync(command, responseField, status, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DicomStatus> InvokeHandlerAsync(Func<ValueTask<DicomStatus>> handler)
    {
        try
        {
            return await handler().ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or OutOfMemoryException)
        {
            Log.HandlerFailed(_logger, ex, _id, DicomStatus.OutOfResources.ToString());
            return DicomStatus.OutOfResources;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.HandlerFailed(_logger, ex, _id, DicomStatus.CannotUnderstand.ToString());
            return DicomStatus.CannotUnderstand;
        }
    }

    private async Task SendResponseAsync(DimseCommand request, DimseCommandField responseField, DicomStatus status, CancellationToken cancellationToken)
    {
        var response = new DimseCommand
        {
            CommandField = responseField,
            MessageIdBeingRespondedTo = request.MessageId,
            HasDataSet = false,
            Status = status,
        };
        if (request.AffectedSopClassUid is { } sopClass)
        {
            response.AffectedSopClassUid = sopClass;
        }

        if (request.AffectedSopInstanceUid is { } sopInstance && responseField == DimseCommandField.CStoreResponse)
        {
            response.AffectedSopInstanceUid = sopInstance;
        }

        await _sender.SendCommandAsync(_pendingContextId, response, cancellationToken).ConfigureAwait(false);
    }
}
