using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace SimSid.Retrain.Selection;

/// <summary>
/// What a run trained on, without patient data: the window, the counts and the SHA-256 of every SOP Instance UID used
/// (sorted), written as <c>selection.json</c>.
/// </summary>
public sealed record SelectionManifest
{
    public DateTimeOffset CreatedUtc { get; init; }

    public DateTimeOffset? FromUtc { get; init; }

    public DateTimeOffset? ToUtc { get; init; }

    public SelectionCounts Counts { get; init; } = new();

    public IReadOnlyList<string> SopInstanceUidSha256 { get; init; } = [];

    public static SelectionManifest From(RetrainSelection selection, DateTimeOffset createdUtc)
    {
        ArgumentNullException.ThrowIfNull(selection);
        return new SelectionManifest
        {
            CreatedUtc = createdUtc,
            FromUtc = selection.Options.FromUtc == DateTimeOffset.MinValue ? null : selection.Options.FromUtc,
            ToUtc = selection.Options.ToUtc == DateTimeOffset.MaxValue ? null : selection.Options.ToUtc,
            Counts = selection.Counts,
            SopInstanceUidSha256 = [.. selection.Instances.Select(i => Hash(i.SopInstanceUid)).Order(StringComparer.Ordinal)],
        };
    }

    public static string Hash(string uid) => Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(uid)));

    public void Write(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.WriteAllText(path, JsonSerializer.Serialize(this, Gate.DecisionRecordWriter.Json));
    }
}
