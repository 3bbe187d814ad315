using System.Net.Security;
using System.Net.Sockets;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using SimSid.Dicom.Network.Pdu;

namespace SimSid.Dicom.Network.Scu;

/// <summary>Opens SCU associations (PS3.8 requestor side).</summary>
public static class DicomScuClient
{
    /// <summary>Connects, negotiates the proposed contexts and returns the association; throws <see cref="DicomAssociationRejectedException"/> on A-ASSOCIATE-RJ.</summary>
    public static async Task<ScuAssociation> ConnectAsync(
        string host,
        int port,
        DicomScuOptions options,
        IReadOnlyList<PresentationContext> proposal,
        ILogger? logger = null,
        TimeProvider? timeProvider = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(proposal);
        var time = timeProvider ?? TimeProvider.System;
        logger ??= NullLogger.Instance;
        var client = new TcpClient { NoDelay = true };
        Stream? stream = null;
        try
        {
            using (var connect = new CancellationTokenSource(options.ConnectTimeout, time))
            using (var linked = CancellationTokenSource.CreateLinkedTokenSource(connect.Token, cancellationToken))
            {
                await client.ConnectAsync(host, port, linked.Token).ConfigureAwait(false);
                stream = client.GetStream();
                if (options.UseTls)
                {
                    var ssl = new SslStream(stream, leaveInnerStreamOpen: false, options.ServerCertificateValidation);
                    stream = ssl;
                    await ssl.AuthenticateAsClientAsync(
                        new SslClientAuthenticationOptions
                        {
                            TargetHost = options.TlsTargetHost ?? host,
                            ClientCertificates = options.ClientCertificates,
                        },
                        linked.Token).ConfigureAwait(false);
                }
            }

            var rq = new AssociateRequestPdu
            {
                CalledAe = options.CalledAe,
                CallingAe = options.CallingAe,
                UserInformation = new UserInformation
                {
                    MaxPduLength = options.MaxPduLength,
                    ImplementationClassUid = DicomNetworkUids.ImplementationClassUid,
                    ImplementationVersionName = DicomNetworkUids.ImplementationVersionName,
                },
            };
            foreach (var pc in proposal)
            {
                rq.PresentationContexts.Add(pc);
            }

            var reader = new PduReader(stream, options.MaxPduLength);
            await PduWriter.WriteAsync(stream, rq, cancellationToken).ConfigureAwait(false);
            ProtocolDataUnit? answer;
            using (var artim = new CancellationTokenSource(options.AssociationTimeout, time))
            using (var linked = CancellationTokenSource.CreateLinkedTokenSource(artim.Token, cancellationToken))
            {
                try
                {
                    answer = await reader.ReadAsync(linked.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (artim.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
                {
                    throw new DicomNetworkException($"No A-ASSOCIATE-AC/RJ from {host}:{port} within {options.AssociationTimeout}.");
                }
            }

            switch (answer)
            {
                case AssociateAcceptPdu ac:
                    Log.ScuAssociated(logger, options.CalledAe, client.Client.RemoteEndPoint, options.CallingAe, ac.PresentationContexts.Count(p => p.IsAccepted));
                    var association = new ScuAssociation(client, stream, reader, rq, ac, options, logger, time);
                    client = null;
                    stream = null;
                    return association;
                case AssociateRejectPdu rj:
                    throw new DicomAssociationRejectedException(rj);
                case AbortPdu abort:
                    throw new DicomAssociationAbortedException(abort.Source, abort.Reason);
                case null:
                    throw new DicomNetworkException("The peer closed the connection instead of answering the A-ASSOCIATE-RQ.");
                default:
                    throw new DicomPduException(AbortReason.UnexpectedPdu, $"Expected A-ASSOCIATE-AC/RJ, received {answer.Type}.");
            }
        }
        finally
        {
            if (stream is not null)
            {
                await stream.DisposeAsync().ConfigureAwait(false);
            }

            client?.Dispose();
        }
    }
}
