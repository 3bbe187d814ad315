namespace SimSid.Dicom.StructuredReport.Tests;

/// <summary>Synthetic CR chest images (tiny, fixed UIDs under a test root) to use as SR evidence.</summary>
internal static class SourceImages
{
    public const string StudyInstanceUid = "1.2.826.0.1.3680043.10.1137.1.1";
    public const string SeriesInstanceUid = "1.2.826.0.1.3680043.10.1137.1.1.2";

    public static string SopInstanceUid(int index) => $"1.2.826.0.1.3680043.10.1137.1.1.2.{index}";

    /// <summary>A CR image header plus 8x8 pixels; the patient name is Latin-1 to exercise re-encoding.</summary>
    public static DicomDataset ComputedRadiograph(int index, string studyInstanceUid = StudyInstanceUid)
    {
        var ds = new DicomDataset();
        ds.AddOrUpdate(DicomTag.SpecificCharacterSet, DicomVR.CS, "ISO_IR 100");
        ds.AddOrUpdate(DicomTag.SOPClassUID, DicomVR.UI, DicomUid.ComputedRadiographyImageStorage);
        ds.AddOrUpdate(DicomTag.SOPInstanceUID, DicomVR.UI, SopInstanceUid(index));
        ds.AddOrUpdate(DicomTag.StudyDate, DicomVR.DA, "20261128");
        ds.AddOrUpdate(DicomTag.StudyTime, DicomVR.TM, "101500");
        ds.AddOrUpdate(DicomTag.AccessionNumber, DicomVR.SH, "ACC0001");
        ds.AddOrUpdate(DicomTag.Modality, DicomVR.CS, "CR");
        ds.AddOrUpdate(DicomTag.Manufacturer, DicomVR.LO, "Synthetic");
        ds.AddOrUpdate(DicomTag.ReferringPhysicianName, DicomVR.PN, string.Empty);
        ds.AddOrUpdate(DicomTag.PatientName, DicomVR.PN, "Müller^Jörg");
        ds.AddOrUpdate(DicomTag.PatientID, DicomVR.LO, "SYN-0001");
        ds.AddOrUpdate(DicomTag.PatientBirthDate, DicomVR.DA, "19700101");
        ds.AddOrUpdate(DicomTag.PatientSex, DicomVR.CS, "O");
        ds.AddOrUpdate(DicomTag.StudyInstanceUID, DicomVR.UI, studyInstanceUid);
        ds.AddOrUpdate(DicomTag.SeriesInstanceUID, DicomVR.UI, studyInstanceUid == StudyInstanceUid ? SeriesInstanceUid : studyInstanceUid + ".2");
        ds.AddOrUpdate(DicomTag.StudyID, DicomVR.SH, "1");
        ds.AddOrUpdate(DicomTag.SeriesNumber, DicomVR.IS, "1");
        ds.AddOrUpdate(DicomTag.InstanceNumber, DicomVR.IS, index.ToString(System.Globalization.CultureInfo.InvariantCulture));
        ds.AddOrUpdate(DicomTag.BodyPartExamined, DicomVR.CS, "CHEST");
        ds.AddOrUpdate(DicomTag.SamplesPerPixel, (ushort)1);
        ds.AddOrUpdate(DicomTag.PhotometricInterpretation, DicomVR.CS, "MONOCHROME2");
        ds.AddOrUpdate(DicomTag.Rows, (ushort)8);
        ds.AddOrUpdate(DicomTag.Columns, (ushort)8);
        ds.AddOrUpdate(DicomTag.BitsAllocated, (ushort)8);
        ds.AddOrUpdate(DicomTag.BitsStored, (ushort)8);
        ds.AddOrUpdate(DicomTag.HighBit, (ushort)7);
        ds.AddOrUpdate(DicomTag.PixelRepresentation, (ushort)0);
        ds.AddOrUpdate(DicomTag.PixelData, DicomVR.OB, new byte[64]);
        return ds;
    }

    public static IReadOnlyList<DicomDataset> Study(int count) => [.. Enumerable.Range(1, count).Select(i => ComputedRadiograph(i))];
}
