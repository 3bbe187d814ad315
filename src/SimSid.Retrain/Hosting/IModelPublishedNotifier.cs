using SimSid.Contracts;

namespace SimSid.Retrain.Hosting;

/// <summary>Tells the inference workers that a model was promoted (the bus in a host; a list in tests).</summary>
public interface IModelPublishedNotifier
{
    Task PublishAsync(ModelPublished message, CancellationToken cancellationToken);
}
