using SimSid.Dicom;

namespace SimSid.Dicom.Tests.Core;

/// <summary>Datasets built in code for the core reader/writer tests (synthetic values only, no real patient data).</summary>
internal static class CoreTestData
{
    public const int Rows = 64;
    public const int Columns = 48;

    /// <summary>A complete Secondary Capture Image (PS3.3 A.8.1) with every Type 1 and 2 attribute, a nested sequence and 12-bit pixels.</summary>
    public static DicomDataset SecondaryCapture(string? characterSet = null, string patientName = "SIMSID^TEST")
    {
        var ds = new DicomDataset();
        if (characterSet is not null)
        {
            ds.AddOrUpdate(DicomTag.SpecificCharacterSet, DicomVR.CS, characterSet);
        }

        ds.AddOrUpdate(DicomTag.SOPClassUID, DicomUid.SecondaryCaptureImageStorage)
          .AddOrUpdate(DicomTag.SOPInstanceUID, DicomUid.FromName("1.2.826.0.1.3680043.10.1", "core-test-sop"))
          .AddOrUpdate(DicomTag.StudyInstanceUID, DicomUid.FromName("1.2.826.0.1.3680043.10.1", "core-test-study"))
          .AddOrUpdate(DicomTag.SeriesInstanceUID, DicomUid.FromName("1.2.826.0.1.3680043.10.1", "core-test-series"))
          .AddOrUpdate(DicomTag.PatientName, patientName)
          .AddOrUpdate(DicomTag.PatientID, "SYN0001")
          .AddOrUpdate(DicomTag.PatientBirthDate, "19700101")
          .AddOrUpdate(DicomTag.PatientSex, "O")
          .AddOrUpdate(DicomTag.StudyDate, "20240102")
          .AddOrUpdate(DicomTag.StudyTime, "101500")
          .AddOrUpdate(DicomTag.ReferringPhysicianName, string.Empty)
          .AddOrUpdate(DicomTag.StudyID, "1")
          .AddOrUpdate(DicomTag.AccessionNumber, "ACC1")
          .AddOrUpdate(DicomTag.Modality, "OT")
          .AddOrUpdate(DicomTag.SeriesNumber, "1")
          .AddOrUpdate(DicomTag.InstanceNumber, "1")
          .AddOrUpdate(DicomTag.PatientOrientation, DicomVR.CS, string.Empty)
          .AddOrUpdate(DicomTag.ConversionType, "WSD")
          .AddOrUpdate(DicomTag.Manufacturer, "SimSid")
          .AddOrUpdate(DicomTag.ImageComments, DicomVR.LT, "odd length text")
          .AddOrUpdate(DicomTag.SamplesPerPixel, (ushort)1)
          .AddOrUpdate(DicomTag.PhotometricInterpretation, "MONOCHROME2")
          .AddOrUpdate(DicomTag.Rows, (ushort)Rows)
          .AddOrUpdate(DicomTag.Columns, (ushort)Columns)
          .AddOrUpdate(DicomTag.BitsAllocated, (ushort)16)
          .AddOrUpdate(DicomTag.BitsStored, (ushort)12)
          .AddOrUpdate(DicomTag.HighBit, (ushort)11)
          .AddOrUpdate(DicomTag.PixelRepresentation, (ushort)0)
          .AddOrUpdate(DicomTag.WindowCenter, DicomVR.DS, "2048")
          .AddOrUpdate(DicomTag.WindowWidth, DicomVR.DS, "4096");

        var referenced = new DicomDataset()
            .AddOrUpdate(DicomTag.ReferencedSOPClassUID, DicomUid.SecondaryCaptureImageStorage)
            .AddOrUpdate(DicomTag.ReferencedSOPInstanceUID, DicomUid.FromName("1.2.826.0.1.3680043.10.1", "core-test-ref"));
        var code = new DicomDataset()
            .AddOrUpdate(DicomTag.CodeValue, DicomVR.SH, "T-D3000")
            .AddOrUpdate(DicomTag.CodingSchemeDesignator, DicomVR.SH, "SRT")
            .AddOrUpdate(DicomTag.CodeMeaning, DicomVR.LO, "Chest");
        ds.AddOrUpdate(new DicomSequence(DicomTag.ReferencedImageSequence, referenced));
        ds.AddOrUpdate(new DicomSequence(DicomTag.AnatomicRegionSequence, code));
        ds.AddOrUpdate(DicomTag.PixelData, DicomVR.OW, Pixels());
        return ds;
    }

    /// <summary>A 12-bit gradient in 16-bit little-endian samples.</summary>
    public static byte[] Pixels()
    {
        var bytes = new byte[Rows * Columns * 2];
        for (var i = 0; i < Rows * Columns; i++)
        {
            var v = (ushort)((i * 7) % 4096);
            bytes[2 * i] = (byte)v;
            bytes[(2 * i) + 1] = (byte)(v >> 8);
        }

        return bytes;
    }

    /// <summary>A dataset with nested sequences (3 levels), an empty sequence, an empty item and several VRs.</summary>
    public static DicomDataset Nested()
    {
        var inner = new DicomDataset()
            .AddOrUpdate(DicomTag.CodeValue, DicomVR.SH, "ABC")
            .AddOrUpdate(DicomTag.CodeMeaning, DicomVR.LO, "Inner meaning");
        var middle = new DicomDataset()
            .AddOrUpdate(DicomTag.ValueType, DicomVR.CS, "CODE")
            .AddOrUpdate(new DicomSequence(DicomTag.ConceptCodeSequence, inner));
        var outer = new DicomDataset()
            .AddOrUpdate(DicomTag.RelationshipType, DicomVR.CS, "CONTAINS")
            .AddOrUpdate(new DicomSequence(DicomTag.ContentSequence, middle, new DicomDataset()));
        return new DicomDataset()
            .AddOrUpdate(DicomTag.SOPClassUID, DicomUid.ComprehensiveSRStorage)
            .AddOrUpdate(DicomTag.SOPInstanceUID, "1.2.3.4.5")
            .AddOrUpdate(DicomTag.Rows, (ushort)7)
            .AddOrUpdate(DicomTag.SliceThickness, DicomVR.DS, "1.25")
            .AddOrUpdate(DicomTag.FrameIncrementPointer, DicomVR.AT, "(0018,1063)")
            .AddOrUpdate(DicomTag.ReferencedFrameNumber, DicomVR.IS, "1", "2", "3")
            .AddOrUpdate(DicomTag.RealWorldValueFirstValueMapped, DicomVR.SS, "-5")
            .AddOrUpdate(DicomTag.RescaleSlope, DicomVR.DS, "0.5")
            .AddOrUpdate(DicomTag.ImagePositionPatient, DicomVR.DS, "1.5", "-2", "3e2")
            .AddOrUpdate(new DicomElement(new DicomTag(0x0029, 0x0010), DicomVR.LO, "SIMSID PRIVATE "u8.ToArray()))
            .AddOrUpdate(new DicomElement(new DicomTag(0x0029, 0x1001), DicomVR.OB, new byte[] { 1, 2, 3 }))
            .AddOrUpdate(new DicomElement(new DicomTag(0x0018, 0x9089), DicomVR.FD, BitConverter.GetBytes(0.25)))
            .AddOrUpdate(new DicomSequence(DicomTag.ContentSequence, outer))
            .AddOrUpdate(new DicomSequence(DicomTag.ReferencedImageSequence));
    }
}
