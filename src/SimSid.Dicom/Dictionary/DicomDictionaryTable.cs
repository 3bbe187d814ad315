using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace SimSid.Dicom;

/// <summary>The parsed dictionary registry: exact entries by tag and keyword, and the repeating-group masks.</summary>
internal sealed class DicomDictionaryTable
{
    private static readonly DicomVR[] GroupLengthVRs = [DicomVR.UL];
    private static readonly DicomVR[] PrivateCreatorVRs = [DicomVR.LO];

    private readonly FrozenDictionary<uint, DicomDictionaryEntry> _byTag;
    private readonly FrozenDictionary<string, DicomDictionaryEntry> _byKeyword;
    private readonly RepeatingEntry[] _repeating;

    private DicomDictionaryTable(
        List<DicomDictionaryEntry> entries, Dictionary<uint, DicomDictionaryEntry> exact, List<RepeatingEntry> repeating)
    {
        Entries = entries.AsReadOnly();
        _byKeyword = entries.ToFrozenDictionary(e => e.Keyword, StringComparer.Ordinal);
        _byTag = exact.ToFrozenDictionary();
        _repeating = [.. repeating];
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
            var pattern = fields[1].Length == 0 ? fields[0] : fields[1];
            var vrs = fields[4].Length == 0 ? [] : Array.ConvertAll(fields[4].Split('/'), DicomVR.Parse);
            var entry = new DicomDictionaryEntry(tag, fields[2], fields[3], vrs, fields[5], fields[6] == "R")
            {
                Pattern = $"({pattern[..4]},{pattern[4..]})",
            };
            entries.Add(entry);
            if (fields[1].Length == 0)
            {
                exact.Add(tag.Value, entry);
            }
            else
            {
                // A mask such as "60xx3000": 'x' digits match anything, the others must be equal.
                var value = uint.Parse(pattern.Replace('x', '0'), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                var mask = 0u;
                foreach (var c in pattern)
                {
                    mask = (mask << 4) | (c == 'x' ? 0u : 0xFu);
                }

                repeating.Add(new RepeatingEntry(mask, value, entry));
            }
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
            foreach (var r in _repeating)
            {
                if ((tag.Value & r.Mask) == r.Value)
                {
                    return r.Entry;
                }
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

    private readonly record struct RepeatingEntry(uint Mask, uint Value, DicomDictionaryEntry Entry);
}
