namespace SimSid.Dicom;

/// <summary>Look-ups in the registered UID table (PS3.6 Table A-1), parsed on first use.</summary>
public static partial class DicomUid
{
    private static readonly Lazy<Dictionary<string, DicomUidEntry>> KnownUids = new(ParseRegistry);

    /// <summary>True when the UID is a registered Storage SOP Class (CR, DX, SC, SR, KOS, ...).</summary>
    public static bool IsStorageSopClass(string uid) => FindKnown(uid)?.IsStorageSopClass == true;

    /// <summary>True when the UID is a registered transfer syntax (current or retired).</summary>
    public static bool IsTransferSyntax(string uid) => FindKnown(uid)?.IsTransferSyntax == true;

    /// <summary>The registered name of a well-known UID, e.g. "Verification SOP Class".</summary>
    internal static bool TryGetKnownName(string uid, out string name)
    {
        var entry = FindKnown(uid);
        name = entry?.Name ?? string.Empty;
        return entry is not null;
    }

    /// <summary>The registry entry of a well-known UID, or null.</summary>
    internal static DicomUidEntry? FindKnown(string uid)
    {
        ArgumentNullException.ThrowIfNull(uid);
        return KnownUids.Value.TryGetValue(uid.TrimEnd('\0', ' '), out var entry) ? entry : null;
    }

    /// <summary>All registered UIDs, for tests and tools.</summary>
    internal static IEnumerable<DicomUidEntry> KnownEntries => KnownUids.Value.Values;

    private static Dictionary<string, DicomUidEntry> ParseRegistry()
    {
        var entries = new Dictionary<string, DicomUidEntry>(StringComparer.Ordinal);
        foreach (var line in RegistryText.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var f = line.Split('|');
            if (f.Length != 5)
            {
                throw new InvalidOperationException($"Malformed UID registry line '{line}'.");
            }

            entries.Add(f[0], new DicomUidEntry(f[0], f[1], f[2], f[3], f[4] == "R"));
        }

        return entries; // only read after this, so safe to share between threads
    }
}
