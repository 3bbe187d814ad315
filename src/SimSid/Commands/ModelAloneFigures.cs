namespace SimSid.Commands;

/// <summary>Single-image studies per minute the model alone scores, one at a time and in batches of <paramref name="BatchSize"/>.</summary>
internal sealed record ModelAloneFigures(int BatchSize, double OneAtATimePerMinute, double BatchedPerMinute)
{
    /// <summary>The ceiling of a phase: one at a time for sequential studies, batched for a burst.</summary>
    public double BoundFor(PipelineBenchmarkPhase phase) => phase.Name == "sequential" || BatchSize == 1 ? OneAtATimePerMinute : BatchedPerMinute;
}
