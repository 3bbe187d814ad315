namespace SimSid.Dicom.StructuredReport;

/// <summary>Completion Flag (0040,A491) of an SR document (PS3.3 C.17.2.1).</summary>
public enum CompletionStatus
{
    /// <summary>PARTIAL: the content is incomplete (e.g. not every evidence image was evaluated).</summary>
    Partial,

    /// <summary>COMPLETE: the content is complete.</summary>
    Complete,
}
