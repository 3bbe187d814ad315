namespace SimSid.Dicom.StructuredReport;

/// <summary>
/// Where one composite instance lives: study, series, SOP class and SOP instance UIDs. UIDs of existing instances are
/// checked leniently (digits and dots, at most 64 characters): older equipment writes components with leading zeros,
/// and a triage report must still be able to point at such images.
/// </summary>
public sealed record SopInstanceReference
{
    public SopInstanceReference(string studyInstanceUid, string seriesInstanceUid, string sopClassUid, string sopInstanceUid)
    {
        StudyInstanceUid = RequireReferencedUid(studyInstanceUid, nameof(studyInstanceUid));
        SeriesInstanceUid = RequireReferencedUid(seriesInstanceUid, nameof(seriesInstanceUid));
        SopClassUid = RequireReferencedUid(sopClassUid, nameof(sopClassUid));
        SopInstanceUid = RequireReferencedUid(sopInstanceUid, nameof(sopInstanceUid));
    }

    public string StudyInstanceUid { get; }

    public string SeriesInstanceUid { get; }

    public string SopClassUid { get; }

    public string SopInstanceUid { get; }

    /// <summary>Reads the four UIDs of a composite instance; a missing one is a <see cref="DicomDataException"/> naming it.</summary>
    public static SopInstanceReference FromDataset(DicomDataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        return new SopInstanceReference(
            dataset.GetString(DicomTag.StudyInstanceUID),
            dataset.GetString(DicomTag.SeriesInstanceUID),
            dataset.GetString(DicomTag.SOPClassUID),
            dataset.GetString(DicomTag.SOPInstanceUID));
    }

    /// <summary>A UID this library writes as its own: fully valid per PS3.5 §9.1.</summary>
    internal static string RequireUid(string? uid, string parameterName)
    {
        if (string.IsNullOrEmpty(uid) || !DicomUid.IsValid(uid))
        {
            throw new ArgumentException($"'{uid}' is not a valid DICOM UID (digits and dots, at most 64 characters).", parameterName);
        }

        return uid;
    }

    /// <summary>A UID of an existing instance: non-empty, digits and dots, at most 64 characters.</summary>
    internal static string RequireReferencedUid(string? uid, string parameterName)
    {
        if (string.IsNullOrEmpty(uid) || uid.Length > DicomUid.MaxLength || uid.Any(c => c != '.' && !char.IsAsciiDigit(c)))
        {
            throw new ArgumentException($"'{uid}' is not a usable DICOM UID (digits and dots, at most 64 characters).", parameterName);
        }

        return uid;
    }
}
