namespace SimSid.Dicom.StructuredReport;

/// <summary>
/// Writes text attributes encoded as UTF-8. Every document this library writes declares Specific Character Set
/// ISO_IR 192 at the top level, which governs nested sequence items too (PS3.5 §6.1.2.5.2), so items built
/// standalone must not fall back to the default repertoire.
/// </summary>
internal static class DatasetText
{
    public const string SpecificCharacterSet = "ISO_IR 192";

    public static DicomDataset SetText(this DicomDataset dataset, DicomTag tag, DicomVR vr, params string[] values) =>
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
}
