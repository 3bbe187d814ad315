namespace SimSid.Dicom.StructuredReport;

/// <summary>Continuity Of Content (0040,A050) of a CONTAINER content item (PS3.3 C.18.8).</summary>
public enum ContinuityOfContent
{
    /// <summary>SEPARATE: the contained items are independent.</summary>
    Separate,

    /// <summary>CONTINUOUS: the contained items form one narrative.</summary>
    Continuous,
}
