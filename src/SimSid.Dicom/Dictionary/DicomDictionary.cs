using System.Diagnostics.CodeAnalysis;

namespace SimSid.Dicom;

/// <summary>
/// The DICOM data dictionary: every PS3.6 data element, the PS3.7 command elements, the file meta elements
/// and the item/delimitation tags, by tag and by keyword. The table is parsed on first use.
/// </summary>
[SuppressMessage("Naming", "CA1711:Identifiers should not have incorrect suffix",
    Justification = "The DICOM standard calls it the data dictionary (PS3.6); the name is the project's API contract.")]
public static partial class DicomDictionary
{
    private static readonly Lazy<DicomDictionaryTable> Table = new(() => DicomDictionaryTable.Parse(RegistryText));

    /// <summary>All registry entries in tag order (repeating-group entries once, under their first instance).</summary>
    public static IReadOnlyList<DicomDictionaryEntry> Entries => Table.Value.Entries;

    /// <summary>
    /// The entry for a tag: an exact PS3.6 entry, else a repeating-group entry whose mask matches
    /// (e.g. (6002,3000) is OverlayData), else a generic group length (gggg,0000) or private creator
    /// (odd gggg,0010-00FF) entry; null for unknown tags such as private data elements.
    /// </summary>
    public static DicomDictionaryEntry? Lookup(DicomTag tag) => Table.Value.Lookup(tag);

    /// <summary>Finds the tag for a PS3.6 keyword (exact, case-sensitive), e.g. "PatientName" gives (0010,0010).</summary>
    public static bool TryGetTag(string keyword, out DicomTag tag)
    {
        if (TryGetEntry(keyword, out var entry))
        {
            tag = entry.Tag;
            return true;
        }

        tag = default;
        return false;
    }

    /// <summary>Finds the entry for a PS3.6 keyword (exact, case-sensitive).</summary>
    public static bool TryGetEntry(string keyword, [NotNullWhen(true)] out DicomDictionaryEntry? entry)
    {
        ArgumentNullException.ThrowIfNull(keyword);
        return Table.Value.TryGetByKeyword(keyword, out entry);
    }
}
