using MassTransit;
using Microsoft.Extensions.Options;

namespace SimSid.Inference;

/// <summary>Concurrency and prefetch of the scoring endpoint, from <see cref="InferenceOptions"/>.</summary>
public sealed class StudyReadyConsumerDefinition : ConsumerDefinition<StudyReadyConsumer>
{
    private readonly InferenceOptions _options;

    public StudyReadyConsumerDefinition(IOptions<InferenceOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        ConcurrentMessageLimit = _options.ConcurrentMessageLimit;
    }

    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpointConfigurator, IConsumerConfigurator<StudyReadyConsumer> consumerConfigurator, IRegistrationContext context)
    {
        ArgumentNullException.ThrowIfNull(endpointConfigurator);
        endpointConfigurator.PrefetchCount = _options.PrefetchCount;
    }
}
