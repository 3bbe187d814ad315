namespace SimSid.Commands;

/// <summary>The settings of one <c>simsid bench pipeline</c> run (shared by every transport measured).</summary>
internal sealed record PipelineBenchmarkOptions
{
    public required int Studies { get; init; }

    public required int Burst { get; init; }

    public required double SettleSeconds { get; init; }

    public required double SettlePollSeconds { get; init; }

    public required int Threads { get; init; }

    public required int ImageSize { get; init; }

    /// <summary>Inference:MaxBatchSize of the benchmarked host (1 = no batching across studies).</summary>
    public required int MaxBatchSize { get; init; }

    /// <summary>Inference:ConcurrentMessageLimit (and PrefetchCount) of the benchmarked host.</summary>
    public required int ConcurrentStudies { get; init; }

    public required int TimeoutSeconds { get; init; }

    public required string ModelDirectory { get; init; }

    /// <summary>True when no model was found and a tiny one was trained for the run.</summary>
    public required bool ModelTrainedOnTheSpot { get; init; }

    /// <summary>Studies sent (and waited for) before the measured ones, so model and JIT warm-up are not measured.</summary>
    public int WarmUpStudies { get; init; } = 1;
}
