namespace SimSid.Gateway.Delivery;

/// <summary>What a destination answered: success (or warning), else the failure described.</summary>
public sealed record DeliveryOutcome(bool Succeeded, string Status, string? Error);
