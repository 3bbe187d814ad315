using System.ComponentModel.DataAnnotations;

namespace SimSid.Hosting;

/// <summary>The management HTTP endpoint: /health/live, /health/ready, /metrics (section <see cref="SectionName"/>).</summary>
public sealed class ManagementOptions
{
    public const string SectionName = "Management";

    /// <summary>Address the management HTTP server binds.</summary>
    [Required]
    public string BindAddress { get; set; } = "0.0.0.0";

    /// <summary>Management HTTP port; 0 picks a free one.</summary>
    [Range(0, 65535)]
    public int Port { get; set; } = 8080;
}
