namespace SimSid.Dicom.StructuredReport;

/// <summary>
/// Writes text attributes encoded as UTF-8. Every document this library writes declares Specific Character Set
/// ISO_IR 192 at the top level, which governs nested sequence items too (PS3.5 §6.1.2.5.2), so items built
/// standalone must not fall back to the default repertoire. Values longer than their VR allows (PS3.5 Table 6.2-1)
/// are refused with a <see cref="DicomDataException"/> naming the attribute.
/// </summary>
internal static class DatasetText
{
    public const string SpecificCharacterSet = "ISO_IR 192";

    public static DicomDataset SetText(this DicomDataset dataset, DicomTag tag, DicomVR vr, params string[] values)
    {
        var max = MaxCharacters(vr);
        foreach (var value in values)
        {
            if (value.Length > max)
            {
                throw new DicomDataException(tag, $"The value '{value}' is longer than the {max} characters {vr.Code} allows");
            }
        }

        return SetTextUnchecked(dataset, tag, vr, values);
    }

    /// <summary>Writes values as given (used for attributes copied from a source instance, conformant or not).</summary>
    public static DicomDataset SetTextUnchecked(this DicomDataset dataset, DicomTag tag, DicomVR vr, params string[] values) =>
        dataset.AddOrUpdate(DicomElement.FromStrings(tag, vr, DicomCharacterSet.Utf8, values));

    /// <summary>Sets a Type 2 attribute: present, empty when there is no value.</summary>
    public static DicomDataset SetTextOrEmpty(this DicomDataset dataset, DicomTag tag, DicomVR vr, string? value) =>
        string.IsNullOrEmpty(value) ? dataset.SetText(tag, vr) : dataset.SetText(tag, vr, value);

    /// <summary>Sets a Type 3 attribute only when it has a value.</summary>
    public static DicomDataset SetTextIfPresent(this DicomDataset dataset, DicomTag tag, DicomVR vr, string? value) =>
        string.IsNullOrEmpty(value) ? dataset : dataset.SetText(tag, vr, value);

    public static DicomDataset SetSequence(this DicomDataset dataset, DicomTag tag, IEnumerable<DicomDataset> items) =>
        dataset.AddOrUpdate(new DicomSequence(tag, items));

    public static DicomDataset SetSequence(this DicomDataset dataset, DicomTag tag, params DicomDataset[] items) =>
        dataset.AddOrUpdate(new DicomSequence(tag, items));

    private static int MaxCharacters(DicomVR vr) => vr.Code switch
    {
        "AE" or "CS" or "SH" or "DS" => 16,
        "IS" => 12,
        "LO" or "UI" => 64,
        "ST" => 1024,
        "LT" => 10240,
        _ => int.MaxValue,
    };
}
