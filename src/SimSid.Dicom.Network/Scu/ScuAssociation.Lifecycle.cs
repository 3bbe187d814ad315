using System.Buffers;
using SimSid.Dicom.Network.Dimse;
using SimSid.Dicom.Network.Pdu;

namespace SimSid.Dicom.Network.Scu;

/// <summary>Response reading, release, abort and the guards that turn timeouts into an A-ABORT.</summary>
public sealed partial class ScuAssociation
{
    /// <summary>Sends A-RELEASE-RQ and waits for the A-RELEASE-RP; aborts when it does not come in time.</summary>
    public async Task ReleaseAsync(CancellationToken cancellationToken = default)
    {
        if (_closed)
        {
            return;
        }

        try
        {
            await PduWriter.WriteAsync(_stream, ReleaseRequestPdu.Instance, cancellationToken).ConfigureAwait(false);
            using var artim = new CancellationTokenSource(_options.AssociationTimeout, _time);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(artim.Token, cancellationToken);
            while (true)
            {
                var pdu = await _reader.ReadAsync(linked.Token).ConfigureAwait(false);
                switch (pdu)
                {
                    case ReleaseResponsePdu:
                    case null:
                        return;
                    case AbortPdu abort:
                        throw new DicomAssociationAbortedException(abort.Source, abort.Reason);
                    case PDataTransferPdu:
                        continue; // A late response is dropped; the release still completes.
                    default:
                        throw new DicomPduException(AbortReason.UnexpectedPdu, $"Expected A-RELEASE-RP, received {pdu.Type}.");
                }
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            await AbortAsync().ConfigureAwait(false);
            throw new DicomNetworkException($"No A-RELEASE-RP within {_options.AssociationTimeout}; association aborted.");
        }
        finally
        {
            Close();
        }
    }

    /// <summary>Sends A-ABORT (best effort) and closes the connection.</summary>
    public async Task AbortAsync()
    {
        if (_closed)
        {
            return;
        }

        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5), _time);
            await PduWriter.WriteAsync(_stream, new AbortPdu(AbortSource.ServiceUser, AbortReason.NotSpecified), timeout.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or OperationCanceledException or ObjectDisposedException or NotSupportedException)
        {
            // The peer is already gone.
        }
        finally
        {
            Close();
        }
    }

    /// <summary>Aborts when the association was neither released nor aborted.</summary>
    public async ValueTask DisposeAsync() => await AbortAsync().ConfigureAwait(false);

    private async Task RunGuardedAsync(Func<ValueTask> send, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_closed, this);
        try
        {
            await send().ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or OperationCanceledException)
        {
            await AbortAsync().ConfigureAwait(false);
            if (ex is OperationCanceledException && cancellationToken.IsCancellationRequested)
            {
                throw;
            }

            throw new DicomNetworkException("Sending a DIMSE message failed; association aborted.", ex);
        }
    }

    private async Task<DimseCommand> ReadResponseAsync(ushort messageId, CancellationToken cancellationToken)
    {
        using var timeout = new CancellationTokenSource(_options.DimseTimeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token, cancellationToken);
        try
        {
            while (true)
            {
                var pdu = await _reader.ReadAsync(linked.Token).ConfigureAwait(false);
                switch (pdu)
                {
                    case PDataTransferPdu data:
                        foreach (var pdv in data.Values.Where(v => v.IsCommand))
                        {
                            _commandBytes.Write(pdv.Data.Span);
                            if (_commandBytes.WrittenCount > DimseCommand.MaxEncodedLength)
                            {
                                throw new DicomPduException(AbortReason.InvalidPduParameterValue, "Response command set too long.");
                            }

                            if (pdv.IsLastFragment)
                            {
                                var command = DimseCommand.Decode(_commandBytes.WrittenSpan);
                                _commandBytes.ResetWrittenCount();
                                if (command.MessageIdBeingRespondedTo == messageId && command.Status.State != DicomStatusState.Pending)
                                {
                                    return command;
                                }
                            }
                        }

                        break;
                    case AbortPdu abort:
                        Close();
                        throw new DicomAssociationAbortedException(abort.Source, abort.Reason);
                    case null:
                        Close();
                        throw new DicomAssociationAbortedException("The peer closed the connection while a response was awaited.");
                    default:
                        throw new DicomPduException(AbortReason.UnexpectedPdu, $"Unexpected {pdu.Type} while awaiting a DIMSE response.");
                }
            }
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            await AbortAsync().ConfigureAwait(false);
            throw new DicomNetworkException($"No DIMSE response within {_options.DimseTimeout}; association aborted.");
        }
        catch (DicomPduException ex)
        {
            await AbortAsync().ConfigureAwait(false);
            throw new DicomNetworkException("Protocol error while awaiting a DIMSE response; association aborted.", ex);
        }
        catch (IOException ex)
        {
            Close();
            throw new DicomNetworkException("Connection lost while awaiting a DIMSE response.", ex);
        }
    }

    private void Close()
    {
        if (_closed)
        {
            return;
        }

        _closed = true;
        _stream.Dispose();
        _client.Dispose();
    }
}
