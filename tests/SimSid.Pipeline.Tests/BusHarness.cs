using MassTransit;
using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SimSid.Inference;

namespace SimSid.Pipeline.Tests;

/// <summary>The inference consumer on MassTransit's in-memory test harness, with a stand-in scorer.</summary>
internal static class BusHarness
{
    public static ServiceProvider Inference(IImageScorer scorer, InferenceOptions? options = null)
    {
        var services = new ServiceCollection();
        services.AddLogging(l => l.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(scorer);
        services.AddSingleton(Options.Create(options ?? new InferenceOptions()));
        services.AddSingleton<InferenceMetrics>();
        services.AddSingleton<CrossStudyBatcher>();
        services.AddMassTransitTestHarness(x =>
        {
            x.AddConsumer<StudyReadyConsumer>(typeof(StudyReadyConsumerDefinition));
            x.SetTestTimeouts(testTimeout: TimeSpan.FromSeconds(60), testInactivityTimeout: TimeSpan.FromSeconds(2));
        });
        return services.BuildServiceProvider(validateScopes: true);
    }

    public static async Task<IReceivedMessage<T>> ConsumedAsync<T>(ITestHarness harness, Func<T, bool> match)
        where T : class
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await foreach (var message in harness.Consumed.SelectAsync<T>(m => match(m.Context.Message), timeout.Token))
        {
            return message;
        }

        throw new TimeoutException($"No {typeof(T).Name} matching was consumed.");
    }

    public static async Task<IPublishedMessage<T>> PublishedAsync<T>(ITestHarness harness, Func<T, bool> match)
        where T : class
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await foreach (var message in harness.Published.SelectAsync<T>(m => match(m.Context.Message), timeout.Token))
        {
            return message;
        }

        throw new TimeoutException($"No {typeof(T).Name} matching was published.");
    }
}
