using System.ComponentModel.DataAnnotations;

namespace SimSid.Gateway;

/// <summary>The archive folder and the state database (section <see cref="SectionName"/>).</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary>Durable archive of received instances and built reports.</summary>
    [Required(AllowEmptyStrings = false)]
    public string ArchiveDirectory { get; set; } = Path.Combine("data", "archive");

    /// <summary>SQLite state database file.</summary>
    [Required(AllowEmptyStrings = false)]
    public string DatabasePath { get; set; } = Path.Combine("data", "simsid.db");

    /// <summary>Readiness fails below this much free disk space.</summary>
    [Range(0, long.MaxValue)]
    public long MinimumFreeMegabytes { get; set; } = 1024;
}
