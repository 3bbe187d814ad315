namespace SimSid.Dicom;

/// <summary>
/// One data element of the DICOM data dictionary (PS3.6 §6–§9, command elements PS3.7 Annex E).
/// </summary>
/// <param name="Tag">
/// The tag; for a repeating-group entry such as (60xx,3000) its representative instance, (6000,3000): the first
/// instance in an even group that is neither a group length nor another entry (so (0028,04x0) is (0028,0410)).
/// </param>
/// <param name="Keyword">The PS3.6 keyword, e.g. "PatientName".</param>
/// <param name="Name">The PS3.6 attribute name, e.g. "Patient's Name".</param>
/// <param name="ValueRepresentations">
/// The allowed VRs, in PS3.6 order ("US or SS" gives two); empty for items and delimitation items.
/// </param>
/// <param name="ValueMultiplicity">The value multiplicity as PS3.6 writes it: "1", "2", "1-n", "2-2n", ...</param>
/// <param name="IsRetired">True when PS3.6 marks the element retired.</param>
public sealed record DicomDictionaryEntry(
    DicomTag Tag,
    string Keyword,
    string Name,
    DicomVR[] ValueRepresentations,
    string ValueMultiplicity,
    bool IsRetired)
{
    /// <summary>
    /// The tag as PS3.6 writes it: "(0010,0010)", or with 'x' for the repeating digits, "(60xx,3000)";
    /// generic group lengths and private creators read "(gggg,0000)" and "(gggg,0010-00FF)".
    /// </summary>
    public string Pattern
    {
        get => _pattern ?? Tag.ToString();
        init => _pattern = value;
    }

    private readonly string? _pattern;
}
