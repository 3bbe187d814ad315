namespace SimSid.Gateway.Delivery;

/// <summary>Sends one report file to one destination; throws on a network failure, returns the outcome otherwise.</summary>
public interface IReportSender
{
    Task<DeliveryOutcome> SendAsync(PacsDestination destination, string callingAe, string path, CancellationToken cancellationToken);
}
