namespace SimSid.Dicom.StructuredReport;

/// <summary>
/// A coded concept as written in a Code Sequence item (PS3.3 §8.8, Table 8.8-1 "Code Sequence Macro"):
/// code value, coding scheme designator, code meaning and an optional coding scheme version.
/// </summary>
public sealed record CodedConcept
{
    /// <summary>The longest value a Code Value (0008,0100, SH) may hold; longer values go to Long Code Value (0008,0119).</summary>
    internal const int MaxShortCodeValueLength = 16;

    public CodedConcept(string value, string schemeDesignator, string meaning, string? schemeVersion = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        ArgumentException.ThrowIfNullOrWhiteSpace(schemeDesignator);
        ArgumentException.ThrowIfNullOrWhiteSpace(meaning);
        if (schemeDesignator.Length > 16)
        {
            throw new ArgumentException($"Coding Scheme Designator '{schemeDesignator}' is longer than 16 characters (SH).", nameof(schemeDesignator));
        }

        if (meaning.Length > 64)
        {
            throw new ArgumentException($"Code Meaning '{meaning}' is longer than 64 characters (LO).", nameof(meaning));
        }

        Value = value;
        SchemeDesignator = schemeDesignator;
        Meaning = meaning;
        SchemeVersion = string.IsNullOrEmpty(schemeVersion) ? null : schemeVersion;
    }

    /// <summary>The code value (Code Value, Long Code Value or URN Code Value depending on its form).</summary>
    public string Value { get; }

    /// <summary>The coding scheme designator, e.g. "DCM", "SCT", "UCUM", "LN" or a private "99…" scheme.</summary>
    public string SchemeDesignator { get; }

    /// <summary>The human-readable code meaning.</summary>
    public string Meaning { get; }

    /// <summary>The coding scheme version, when the scheme needs one to be unambiguous.</summary>
    public string? SchemeVersion { get; }

    /// <summary>True when equal in value and scheme (the meaning is descriptive and not compared).</summary>
    public bool Matches(CodedConcept other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return string.Equals(Value, other.Value, StringComparison.Ordinal)
            && string.Equals(SchemeDesignator, other.SchemeDesignator, StringComparison.Ordinal);
    }

    /// <summary>Writes one Code Sequence item (PS3.3 Table 8.8-1).</summary>
    public DicomDataset ToDataset()
    {
        var item = new DicomDataset();
        if (Value.StartsWith("urn:", StringComparison.OrdinalIgnoreCase) || Value.StartsWith("http", StringComparison.OrdinalIgnoreCase))
        {
            item.SetText(DicomTag.URNCodeValue, DicomVR.UR, Value);
        }
        else if (Value.Length > MaxShortCodeValueLength)
        {
            item.SetText(DicomTag.LongCodeValue, DicomVR.UC, Value);
        }
        else
        {
            item.SetText(DicomTag.CodeValue, DicomVR.SH, Value);
        }

        item.SetText(DicomTag.CodingSchemeDesignator, DicomVR.SH, SchemeDesignator);
        if (SchemeVersion is not null)
        {
            item.SetText(DicomTag.CodingSchemeVersion, DicomVR.SH, SchemeVersion);
        }

        item.SetText(DicomTag.CodeMeaning, DicomVR.LO, Meaning);
        return item;
    }

    /// <summary>Reads a Code Sequence item back (Code Value, Long Code Value or URN Code Value).</summary>
    public static CodedConcept FromDataset(DicomDataset item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var value = item.GetStringOrDefault(DicomTag.CodeValue)
            ?? item.GetStringOrDefault(DicomTag.LongCodeValue)
            ?? item.GetStringOrDefault(DicomTag.URNCodeValue)
            ?? throw new DicomDataException(DicomTag.CodeValue, "The code item has no Code Value, Long Code Value or URN Code Value.");
        return new CodedConcept(
            value,
            item.GetString(DicomTag.CodingSchemeDesignator),
            item.GetString(DicomTag.CodeMeaning),
            item.GetStringOrDefault(DicomTag.CodingSchemeVersion));
    }

    public override string ToString() => $"({Value}, {SchemeDesignator}, \"{Meaning}\")";
}
