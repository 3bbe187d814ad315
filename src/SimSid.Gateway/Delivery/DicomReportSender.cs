using Microsoft.Extensions.Logging;
using SimSid.Dicom.Network.Scu;

namespace SimSid.Gateway.Delivery;

/// <summary>Delivers a report by C-STORE over one association per report.</summary>
internal sealed class DicomReportSender(ILoggerFactory loggerFactory, TimeProvider time) : IReportSender
{
    private readonly ILogger _logger = loggerFactory.CreateLogger<DicomReportSender>();

    public async Task<DeliveryOutcome> SendAsync(PacsDestination destination, string callingAe, string path, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(destination);
        var options = new DicomScuOptions
        {
            CallingAe = string.IsNullOrWhiteSpace(destination.CallingAe) ? callingAe : destination.CallingAe,
            CalledAe = destination.CalledAe,
            ConnectTimeout = TimeSpan.FromSeconds(10),
            AssociationTimeout = TimeSpan.FromSeconds(15),
            DimseTimeout = TimeSpan.FromSeconds(60),
        };
        var association = await DicomScuClient.ConnectAsync(destination.Host, destination.Port, options, ScuProposal.ForFiles([path]), _logger, time, cancellationToken).ConfigureAwait(false);
        await using (association.ConfigureAwait(false))
        {
            var result = await association.SendCStoreAsync(path, cancellationToken).ConfigureAwait(false);
            await association.ReleaseAsync(cancellationToken).ConfigureAwait(false);
            return new DeliveryOutcome(result.Status.IsSuccessOrWarning, result.Status.ToString(), result.Status.IsSuccessOrWarning ? null : $"{result.Status} {result.ErrorComment}".Trim());
        }
    }
}
