using System.Globalization;

namespace SimSid.Retrain.Registry;

/// <summary>
/// <c>promotions.log</c>: one line per pointer switch (<c>UTC-time TAB version</c>), appended. Rollback without a
/// version and pruning use it to know which versions were current before.
/// </summary>
internal sealed class PromotionLog(string path)
{
    public void Append(string version, DateTimeOffset when) =>
        File.AppendAllText(path, string.Create(CultureInfo.InvariantCulture, $"{when.UtcDateTime:O}\t{version}\n"));

    /// <summary>Every promotion, oldest first.</summary>
    public IReadOnlyList<(DateTimeOffset When, string Version)> Read()
    {
        if (!File.Exists(path))
        {
            return [];
        }

        var entries = new List<(DateTimeOffset, string)>();
        foreach (var line in File.ReadLines(path))
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab <= 0 || !DateTimeOffset.TryParse(line.AsSpan(0, tab), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var when))
            {
                continue;
            }

            entries.Add((when, line[(tab + 1)..].Trim()));
        }

        return entries;
    }

    /// <summary>The last time each version was promoted.</summary>
    public IReadOnlyDictionary<string, DateTimeOffset> LastPromoted() =>
        Read().GroupBy(e => e.Version, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Max(e => e.When), StringComparer.Ordinal);
}
