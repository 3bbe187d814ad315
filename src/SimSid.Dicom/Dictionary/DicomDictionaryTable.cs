using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace SimSid.Dicom;

/// <summary>The parsed dictionary registry: exact entries by tag and keyword, and the repeating-group masks.</summary>
/// <remarks>Built once and then only read, so the plain dictionaries are safe to share between threads.</remarks>
internal sealed class DicomDictionaryTable
{
    private static readonly DicomVR[] GroupLengthVRs = [DicomVR.UL];
    private static readonly DicomVR[] PrivateCreatorVRs = [DicomVR.LO];

    private readonly Dictionary<uint, DicomDictionaryEntry> _byTag;
    private readonly Dictionary<string, DicomDictionaryEntry> _byKeyword;

    // Repeating entries indexed by group: exact groups such as (0028,04x0), and the high byte of groups
    // such as (60xx,3000), so a miss costs two small look-ups instead of a scan of every mask.
    private readonly Dictionary<ushort, RepeatingEntry[]> _repeatingByGroup;
    private readonly Dictionary<ushort, RepeatingEntry[]> _repeatingByGroupHighByte;

    private DicomDictionaryTable(
        List<DicomDictionaryEntry> entries, Dictionary<uint, DicomDictionaryEntry> exact, List<RepeatingEntry> repeating)
    {
        Entries = entries.AsReadOnly();
        _byTag = exact;
        _byKeyword = new Dictionary<string, DicomDictionaryEntry>(entries.Count, StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            _byKeyword.Add(entry.Keyword, entry);
        }

        _repeatingByGroup = repeating
            .Where(r => (r.Mask >> 16) == 0xFFFF)
            .GroupBy(r => (ushort)(r.Value >> 16))
            .ToDictionary(g => g.Key, g => g.ToArray());
        _repeatingByGroupHighByte = repeating
            .Where(r => (r.Mask >> 16) == 0xFF00)
            .GroupBy(r => (ushort)(r.Value >> 16))
            .ToDictionary(g => g.Key, g => g.ToArray());
        if (repeating.Exists(r => (r.Mask >> 16) is not (0xFFFF or 0xFF00)))
        {
            throw new InvalidOperationException("A repeating-group mask other than gggg or ggxx in the data dictionary.");
        }
    }

    public IReadOnlyList<DicomDictionaryEntry> Entries { get; }

    /// <summary>Parses the generated registry text, one entry a line: tag|mask|keyword|name|VR/VR|VM|R.</summary>
    public static DicomDictionaryTable Parse(string registry)
    {
        var entries = new List<DicomDictionaryEntry>(5000);
        var exact = new Dictionary<uint, DicomDictionaryEntry>(5000);
        var repeating = new List<RepeatingEntry>();
        foreach (var line in registry.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var fields = line.Split('|');
            if (fields.Length != 7 || fields[0].Length != 8 || (fields[1].Length != 0 && fields[1].Length != 8))
            {
                throw new InvalidOperationException($"Malformed data dictionary line '{line}'.");
            }

            var tag = new DicomTag(uint.Parse(fields[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture));
            var pattern = fields[1];
            var vrs = fields[4].Length == 0 ? [] : Array.ConvertAll(fields[4].Split('/'), DicomVR.Parse);
            var entry = new DicomDictionaryEntry(tag, fields[2], fields[3], vrs, fields[5], fields[6] == "R");
            if (pattern.Length == 0)
            {
                entries.Add(entry);
                exact.Add(tag.Value, entry);
                continue;
            }

            entry = entry with { Pattern = $"({pattern[..4]},{pattern[4..]})" };
            entries.Add(entry);

            // A mask such as "60xx3000": 'x' digits match anything, the others must be equal.
            var value = uint.Parse(pattern.Replace('x', '0'), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            var mask = 0u;
            foreach (var c in pattern)
            {
                mask = (mask << 4) | (c == 'x' ? 0u : 0xFu);
            }

            repeating.Add(new RepeatingEntry(mask, value, entry));
        }

        return new DicomDictionaryTable(entries, exact, repeating);
    }

    public DicomDictionaryEntry? Lookup(DicomTag tag)
    {
        if (_byTag.TryGetValue(tag.Value, out var entry))
        {
            return entry;
        }

        // Repeating groups (50xx, 60xx, 7Fxx) are even groups, odd groups are private; (gggg,0000) is a group length.
        if ((tag.Group & 1) == 0 && tag.Element != 0x0000)
        {
            var repeating = FindRepeating(_repeatingByGroup, tag.Group, tag) ?? FindRepeating(_repeatingByGroupHighByte, (ushort)(tag.Group & 0xFF00), tag);
            if (repeating is not null)
            {
                return repeating;
            }
        }

        if (tag.Element == 0x0000)
        {
            return new DicomDictionaryEntry(tag, "GroupLength", "Group Length", GroupLengthVRs[..], "1", true)
            {
                Pattern = "(gggg,0000)",
            };
        }

        if (tag.IsPrivateCreator)
        {
            return new DicomDictionaryEntry(tag, "PrivateCreator", "Private Creator", PrivateCreatorVRs[..], "1", false)
            {
                Pattern = "(gggg,0010-00FF)",
            };
        }

        return null;
    }

    public bool TryGetByKeyword(string keyword, [NotNullWhen(true)] out DicomDictionaryEntry? entry) =>
        _byKeyword.TryGetValue(keyword, out entry);

    private static DicomDictionaryEntry? FindRepeating(Dictionary<ushort, RepeatingEntry[]> index, ushort key, DicomTag tag)
    {
        if (index.TryGetValue(key, out var candidates))
        {
            foreach (var r in candidates)
            {
                if ((tag.Value & r.Mask) == r.Value)
                {
                    return r.Entry;
                }
            }
        }

        return null;
    }

    private readonly record struct RepeatingEntry(uint Mask, uint Value, DicomDictionaryEntry Entry);
}
