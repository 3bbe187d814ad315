namespace SimSid.Hosting;

/// <summary>Where structured logs go besides the console (section <see cref="SectionName"/>).</summary>
public sealed class SeqOptions
{
    public const string SectionName = "Seq";

    /// <summary>Seq server URL, e.g. http://seq:5341; empty = no Seq sink.</summary>
    public string? ServerUrl { get; set; }

    /// <summary>Seq API key (sent as X-Seq-ApiKey); optional.</summary>
    public string? ApiKey { get; set; }

    /// <summary>Batch period of the Seq sink.</summary>
    public TimeSpan Period { get; set; } = TimeSpan.FromSeconds(2);
}
