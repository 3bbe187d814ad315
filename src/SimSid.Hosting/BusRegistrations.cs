using MassTransit;
using Microsoft.Extensions.Hosting;

namespace SimSid.Hosting;

/// <summary>Consumer registrations collected from the feature libraries until <see cref="SimSidBusExtensions.AddSimSidBus"/> runs.</summary>
internal sealed class BusRegistrations
{
    private const string Key = "SimSid.Hosting.BusRegistrations";

    public List<Action<IBusRegistrationConfigurator>> Actions { get; } = [];

    public static BusRegistrations For(IHostApplicationBuilder builder)
    {
        if (builder.Properties.TryGetValue(Key, out var existing) && existing is BusRegistrations registrations)
        {
            return registrations;
        }

        registrations = new BusRegistrations();
        builder.Properties[Key] = registrations;
        return registrations;
    }
}
