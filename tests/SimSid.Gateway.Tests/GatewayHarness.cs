using MassTransit;
using MassTransit.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using SimSid.Gateway.Delivery;
using SimSid.Gateway.Reporting;
using SimSid.Testing;

namespace SimSid.Gateway.Tests;

/// <summary>The gateway's services on a fake clock, a scripted destination and MassTransit's in-memory test harness.</summary>
internal sealed class GatewayHarness : IAsyncDisposable
{
    private readonly bool _ownsTemp;

    private GatewayHarness(TempDirectory temp, bool ownsTemp, FakeTimeProvider time, FakeReportSender sender, ServiceProvider services, ITestHarness bus)
    {
        _ownsTemp = ownsTemp;
        Temp = temp;
        Time = time;
        Sender = sender;
        Services = services;
        Bus = bus;
    }

    public TempDirectory Temp { get; }

    public FakeTimeProvider Time { get; }

    public FakeReportSender Sender { get; }

    public ServiceProvider Services { get; }

    public ITestHarness Bus { get; }

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    public static async Task<GatewayHarness> StartAsync(IDictionary<string, string?>? overrides = null, TempDirectory? temp = null)
    {
        var ownsTemp = temp is null;
        temp ??= new TempDirectory();
        var settings = new Dictionary<string, string?>
        {
            ["Storage:ArchiveDirectory"] = temp.Combine("archive"),
            ["Storage:DatabasePath"] = temp.Combine("state.db"),
            ["Gateway:SettleTime"] = "00:00:15",
            ["Gateway:MaxSettleTime"] = "00:01:00",
            ["Delivery:Destinations:0:Name"] = "pacs",
            ["Delivery:Destinations:0:Host"] = "127.0.0.1",
            ["Delivery:Destinations:0:Port"] = "104",
            ["Delivery:Destinations:0:CalledAe"] = "PACS",
            ["Delivery:InitialBackoff"] = "00:00:10",
            ["Delivery:MaxBackoff"] = "00:10:00",
            ["Delivery:CircuitBreakerFailures"] = "2",
            ["Delivery:CircuitBreakerOpenTime"] = "00:01:00",
        };
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddGateway();
        builder.Services.RemoveAll<IHostedService>(); // the tests drive the settler and the delivery worker themselves
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 8, 0, 0, TimeSpan.Zero));
        var sender = new FakeReportSender();
        builder.Services.AddSingleton<TimeProvider>(time);
        builder.Services.AddSingleton<IReportSender>(sender);
        builder.Services.AddMassTransitTestHarness(x =>
        {
            x.AddConsumer<StudyScoredConsumer>();
            x.SetTestTimeouts(testTimeout: TimeSpan.FromSeconds(60), testInactivityTimeout: TimeSpan.FromSeconds(2));
        });
        var services = builder.Services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = false });
        var bus = services.GetTestHarness();
        await bus.Start();
        return new GatewayHarness(temp, ownsTemp, time, sender, services, bus);
    }

    /// <summary>Waits (up to 30 s) for the first consumed message matching <paramref name="match"/>, as it arrives.</summary>
    public async Task<IReceivedMessage<T>> ConsumedAsync<T>(Func<T, bool> match)
        where T : class
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await foreach (var message in Bus.Consumed.SelectAsync<T>(m => match(m.Context.Message), timeout.Token))
        {
            return message;
        }

        throw new TimeoutException($"No {typeof(T).Name} matching was consumed within 30 s.");
    }

    public async ValueTask DisposeAsync()
    {
        await Bus.Stop();
        await Services.DisposeAsync();
        if (_ownsTemp)
        {
            Temp.Dispose();
        }
    }
}
