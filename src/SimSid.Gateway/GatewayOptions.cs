namespace SimSid.Gateway;

/// <summary>Study settling and report settings (section <see cref="SectionName"/>).</summary>
public sealed class GatewayOptions
{
    public const string SectionName = "Gateway";

    /// <summary>A study is ready this long after its last instance.</summary>
    public TimeSpan SettleTime { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Force-complete cap: a study is ready at the latest this long after its first instance.</summary>
    public TimeSpan MaxSettleTime { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How often pending studies are checked.</summary>
    public TimeSpan SettlePollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Acknowledge, but do not archive or process, our own SR/KOS objects coming back in.</summary>
    public bool IgnoreOwnObjects { get; set; } = true;

    /// <summary>Institution Name written into the SR (optional).</summary>
    public string? InstitutionName { get; set; }
}
