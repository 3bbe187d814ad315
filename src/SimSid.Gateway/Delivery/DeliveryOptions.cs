namespace SimSid.Gateway.Delivery;

/// <summary>Where and how SRs are delivered (section <see cref="SectionName"/>).</summary>
public sealed class DeliveryOptions
{
    public const string SectionName = "Delivery";

    public IList<PacsDestination> Destinations { get; } = [];

    /// <summary>Wait after the first failed attempt; doubles per attempt up to <see cref="MaxBackoff"/>.</summary>
    public TimeSpan InitialBackoff { get; set; } = TimeSpan.FromSeconds(10);

    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromHours(1);

    /// <summary>A delivery still failing this long after creation is marked failed.</summary>
    public TimeSpan MaxAge { get; set; } = TimeSpan.FromHours(24);

    /// <summary>Consecutive failures that open a destination's circuit.</summary>
    public int CircuitBreakerFailures { get; set; } = 3;

    /// <summary>How long an open circuit stays open before one trial delivery.</summary>
    public TimeSpan CircuitBreakerOpenTime { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often due deliveries are looked for.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);
}
