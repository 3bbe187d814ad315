namespace SimSid.Dicom.StructuredReport;

/// <summary>Preliminary Flag (0040,A496) of an SR document (PS3.3 C.17.2.1).</summary>
public enum PreliminaryStatus
{
    /// <summary>PRELIMINARY: the content may change; recommended for machine triage output.</summary>
    Preliminary,

    /// <summary>FINAL: the content is final.</summary>
    Final,
}
