namespace SimSid.Retrain.Gate;

/// <summary>What the registry keeps about each gate decision (<c>decisions/&lt;time&gt;-&lt;candidate&gt;.json</c>).</summary>
public sealed record DecisionRecord
{
    public DateTimeOffset DecidedUtc { get; init; }

    public string CandidateVersion { get; init; } = "";

    public string? CurrentVersion { get; init; }

    public bool Promoted { get; init; }

    public string Decision => Promoted ? "promoted" : "rejected";

    public string Reason { get; init; } = "";

    public ModelEvaluation Candidate { get; init; } = new();

    public ModelEvaluation? Current { get; init; }

    public PromotionGateOptions Gate { get; init; } = new();
}
