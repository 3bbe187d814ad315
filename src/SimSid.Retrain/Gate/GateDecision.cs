namespace SimSid.Retrain.Gate;

/// <summary>The gate's verdict and the reason in words (every failed check, or why it passed).</summary>
public sealed record GateDecision(bool Promote, string Reason);
