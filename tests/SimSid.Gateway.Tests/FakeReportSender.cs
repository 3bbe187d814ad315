using SimSid.Gateway.Delivery;

namespace SimSid.Gateway.Tests;

/// <summary>A scripted destination: answers with <see cref="Respond"/> and records every call.</summary>
internal sealed class FakeReportSender : IReportSender
{
    public Func<PacsDestination, string, DeliveryOutcome> Respond { get; set; } = (_, _) => new DeliveryOutcome(true, "0000 Success", null);

    public List<(string Destination, string Path)> Calls { get; } = [];

    public Task<DeliveryOutcome> SendAsync(PacsDestination destination, string callingAe, string path, CancellationToken cancellationToken)
    {
        Calls.Add((destination.Name, path));
        return Task.FromResult(Respond(destination, path));
    }
}
