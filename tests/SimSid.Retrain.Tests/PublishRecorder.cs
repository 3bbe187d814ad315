using System.Collections.Concurrent;
using MassTransit;

namespace SimSid.Retrain.Tests;

/// <summary>Records every message of type <typeparamref name="T"/> published on a bus, and lets a test await a count.</summary>
internal sealed class PublishRecorder<T> : IPublishObserver
    where T : class
{
    private readonly ConcurrentQueue<T> messages = new();
    private readonly Lock gate = new();
    private readonly List<(int Count, TaskCompletionSource Reached)> waiters = [];

    public IReadOnlyList<T> Messages => [.. messages];

    /// <summary>Completes when at least <paramref name="count"/> messages were published.</summary>
    public Task CountReached(int count)
    {
        lock (gate)
        {
            if (messages.Count >= count)
            {
                return Task.CompletedTask;
            }

            var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            waiters.Add((count, reached));
            return reached.Task;
        }
    }

    public Task PrePublish<TMessage>(PublishContext<TMessage> context)
        where TMessage : class => Task.CompletedTask;

    public Task PostPublish<TMessage>(PublishContext<TMessage> context)
        where TMessage : class
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Message is T message)
        {
            lock (gate)
            {
                messages.Enqueue(message);
                foreach (var waiter in waiters.Where(w => messages.Count >= w.Count).ToList())
                {
                    waiter.Reached.TrySetResult();
                    waiters.Remove(waiter);
                }
            }
        }

        return Task.CompletedTask;
    }

    public Task PublishFault<TMessage>(PublishContext<TMessage> context, Exception exception)
        where TMessage : class => Task.CompletedTask;
}
