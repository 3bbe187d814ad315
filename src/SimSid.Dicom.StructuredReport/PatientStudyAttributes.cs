namespace SimSid.Dicom.StructuredReport;

/// <summary>
/// Copies the Patient and General Study modules from a source image so the document files into the same
/// patient and study. Text is decoded with the source's character set and re-encoded as UTF-8; Type 2
/// attributes missing in the source are written empty.
/// </summary>
internal static class PatientStudyAttributes
{
    private static readonly (DicomTag Tag, DicomVR VR, bool Type2)[] Copied =
    [
        (DicomTag.PatientName, DicomVR.PN, true),
        (DicomTag.PatientID, DicomVR.LO, true),
        (DicomTag.IssuerOfPatientID, DicomVR.LO, false),
        (DicomTag.PatientBirthDate, DicomVR.DA, true),
        (DicomTag.PatientSex, DicomVR.CS, true),
        (DicomTag.StudyDate, DicomVR.DA, true),
        (DicomTag.StudyTime, DicomVR.TM, true),
        (DicomTag.ReferringPhysicianName, DicomVR.PN, true),
        (DicomTag.StudyID, DicomVR.SH, true),
        (DicomTag.AccessionNumber, DicomVR.SH, true),
        (DicomTag.StudyDescription, DicomVR.LO, false),
    ];

    public static void CopyTo(DicomDataset source, DicomDataset target)
    {
        target.SetTextUnchecked(DicomTag.StudyInstanceUID, DicomVR.UI, source.GetString(DicomTag.StudyInstanceUID));
        foreach (var (tag, vr, type2) in Copied)
        {
            var value = source.GetStringOrDefault(tag);
            if (!string.IsNullOrEmpty(value))
            {
                target.SetTextUnchecked(tag, vr, value);
            }
            else if (type2)
            {
                target.SetText(tag, vr);
            }
        }
    }
}
