namespace SimSid.Commands;

/// <summary>The measured phases on one transport ("in-memory" or "rabbitmq").</summary>
internal sealed record PipelineBenchmarkRun(string Transport, PipelineBenchmarkPhase Sequential, PipelineBenchmarkPhase Burst)
{
    public int Missing => Sequential.Missing + Burst.Missing;
}
