using System.Collections.Concurrent;
using MassTransit;
using SimSid.Contracts;

namespace SimSid.Commands;

/// <summary>
/// A consume observer on the bus of the benchmarked host: records, per study, when StudyReady was published (its SentTime
/// header) and consumed, the inference time StudyScored reports, and when the gateway consumed StudyScored. It adds no
/// hook to the pipeline; redelivered messages keep their first observation.
/// </summary>
internal sealed class PipelineBenchmarkObserver : IConsumeObserver
{
    private readonly ConcurrentDictionary<string, PipelineBenchmarkTrace> _traces = new(StringComparer.Ordinal);

    public PipelineBenchmarkTrace? Find(string studyInstanceUid) => _traces.GetValueOrDefault(studyInstanceUid);

    public Task PreConsume<T>(ConsumeContext<T> context)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(context);
        var now = DateTimeOffset.UtcNow;
        switch (context.Message)
        {
            case StudyReady ready:
                var trace = Trace(ready.StudyInstanceUid);
                trace.ReadySentAt ??= Utc(context.SentTime);
                trace.InferenceStartedAt ??= now;
                break;
            case StudyScored scored:
                var scoredTrace = Trace(scored.StudyInstanceUid);
                scoredTrace.InferenceMs ??= scored.InferenceMs;
                scoredTrace.ScoredConsumeStartedAt ??= now;
                break;
        }

        return Task.CompletedTask;
    }

    public Task PostConsume<T>(ConsumeContext<T> context)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Message is StudyScored scored)
        {
            Trace(scored.StudyInstanceUid).ScoredConsumedAt ??= DateTimeOffset.UtcNow;
        }

        return Task.CompletedTask;
    }

    public Task ConsumeFault<T>(ConsumeContext<T> context, Exception exception)
        where T : class => Task.CompletedTask;

    private PipelineBenchmarkTrace Trace(string studyInstanceUid) => _traces.GetOrAdd(studyInstanceUid, _ => new PipelineBenchmarkTrace());

    private static DateTimeOffset? Utc(DateTime? sent) =>
        sent is { } value ? new DateTimeOffset(DateTime.SpecifyKind(value, DateTimeKind.Utc)) : null;
}
