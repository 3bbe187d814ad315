namespace SimSid.Dicom.StructuredReport;

/// <summary>Where one composite instance lives: study, series, SOP class and SOP instance UIDs.</summary>
public sealed record SopInstanceReference
{
    public SopInstanceReference(string studyInstanceUid, string seriesInstanceUid, string sopClassUid, string sopInstanceUid)
    {
        StudyInstanceUid = RequireUid(studyInstanceUid, nameof(studyInstanceUid));
        SeriesInstanceUid = RequireUid(seriesInstanceUid, nameof(seriesInstanceUid));
        SopClassUid = RequireUid(sopClassUid, nameof(sopClassUid));
        SopInstanceUid = RequireUid(sopInstanceUid, nameof(sopInstanceUid));
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

    internal static string RequireUid(string? uid, string parameterName)
    {
        if (string.IsNullOrEmpty(uid) || !DicomUid.IsValid(uid))
        {
            throw new ArgumentException($"'{uid}' is not a valid DICOM UID (digits and dots, at most 64 characters).", parameterName);
        }

        return uid;
    }
}
