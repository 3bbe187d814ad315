using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace SimSid.Hosting;

/// <summary>
/// The MassTransit bus of every role: in-memory (embedded default) or RabbitMQ with durable (or quorum) queues,
/// publisher confirms, short retries for transient errors only and MassTransit's _error queues for the rest.
/// </summary>
public static class SimSidBusExtensions
{
    /// <summary>Feature libraries add their consumers here; the bus is built once by <see cref="AddSimSidBus"/>.</summary>
    public static IHostApplicationBuilder AddSimSidConsumers(this IHostApplicationBuilder builder, Action<IBusRegistrationConfigurator> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        BusRegistrations.For(builder).Actions.Add(configure);
        return builder;
    }

    /// <summary>Builds the bus with every registered consumer; call after the feature <c>AddXxx()</c> calls.</summary>
    public static IHostApplicationBuilder AddSimSidBus(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var section = builder.Configuration.GetSection(MessagingOptions.SectionName);
        var messaging = section.Get<MessagingOptions>() ?? new MessagingOptions();
        builder.Services.AddOptions<MessagingOptions>().Bind(section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<RabbitMqTransportOptions>().BindConfiguration("RabbitMqTransport");
        var registrations = BusRegistrations.For(builder).Actions;
        builder.Services.AddMassTransit(x => ConfigureBus(x, messaging, registrations));
        builder.Services.AddOptions<MassTransitHostOptions>().Configure(o =>
        {
            o.WaitUntilStarted = true;
            o.StartTimeout = TimeSpan.FromSeconds(60);
            o.StopTimeout = TimeSpan.FromSeconds(30);
        });
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(45));
        return builder;
    }

    /// <summary>The bus configuration, also used by tests with the MassTransit test harness.</summary>
    public static void ConfigureBus(IBusRegistrationConfigurator x, MessagingOptions messaging, IEnumerable<Action<IBusRegistrationConfigurator>> registrations)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(messaging);
        ArgumentNullException.ThrowIfNull(registrations);
        x.SetKebabCaseEndpointNameFormatter();
        foreach (var register in registrations)
        {
            register(x);
        }

        x.AddConfigureEndpointsCallback((_, _, endpoint) => ConfigureEndpoint(endpoint, messaging));
        if (messaging.Transport == MessageTransport.RabbitMq)
        {
            x.UsingRabbitMq((context, cfg) =>
            {
                var rabbit = context.GetRequiredService<IOptions<RabbitMqTransportOptions>>().Value;
                cfg.Host(rabbit.Host, rabbit.Port, rabbit.VHost, h =>
                {
                    h.Username(rabbit.User);
                    h.Password(rabbit.Pass);
                    h.PublisherConfirmation = true;
                    if (rabbit.UseSsl)
                    {
                        h.UseSsl(_ => { });
                    }
                });
                cfg.PrefetchCount = messaging.PrefetchCount;
                cfg.ConfigureEndpoints(context);
            });
        }
        else
        {
            x.UsingInMemory((context, cfg) => cfg.ConfigureEndpoints(context));
        }
    }

    internal static void ConfigureEndpoint(IReceiveEndpointConfigurator endpoint, MessagingOptions messaging)
    {
        if (messaging.RetryLimit > 0)
        {
            endpoint.UseMessageRetry(r =>
            {
                r.Exponential(messaging.RetryLimit, messaging.RetryInterval, TimeSpan.FromSeconds(30), messaging.RetryInterval);
                r.Handle<Exception>(TransientFailures.IsTransient);
            });
        }

        if (endpoint is IRabbitMqReceiveEndpointConfigurator rabbit)
        {
            rabbit.Durable = true;
            rabbit.PrefetchCount = messaging.PrefetchCount;
            if (messaging.QueueType == RabbitMqQueueType.Quorum)
            {
                rabbit.SetQuorumQueue();
            }
        }
    }
}
