namespace SimSid.Gateway.Delivery;

/// <summary>A PACS (C-STORE SCP) that receives the SRs.</summary>
public sealed class PacsDestination
{
    public string Name { get; set; } = "";

    public string Host { get; set; } = "";

    public int Port { get; set; } = 104;

    public string CalledAe { get; set; } = "";

    /// <summary>Our AE title towards it; empty = the SCP's AE title.</summary>
    public string? CallingAe { get; set; }
}
