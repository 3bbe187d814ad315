namespace SimSid.Dicom.StructuredReport;

/// <summary>The enumerated values (CS) written for the SR enums.</summary>
internal static class SrDefinedTerms
{
    public static string ToCode(this RelationshipType relationship) => relationship switch
    {
        RelationshipType.Contains => "CONTAINS",
        RelationshipType.HasProperties => "HAS PROPERTIES",
        RelationshipType.HasObsContext => "HAS OBS CONTEXT",
        RelationshipType.HasAcqContext => "HAS ACQ CONTEXT",
        RelationshipType.InferredFrom => "INFERRED FROM",
        RelationshipType.SelectedFrom => "SELECTED FROM",
        RelationshipType.HasConceptMod => "HAS CONCEPT MOD",
        _ => throw new ArgumentOutOfRangeException(nameof(relationship), relationship, "Unknown relationship type."),
    };

    public static string ToCode(this ContinuityOfContent continuity) => continuity switch
    {
        ContinuityOfContent.Separate => "SEPARATE",
        ContinuityOfContent.Continuous => "CONTINUOUS",
        _ => throw new ArgumentOutOfRangeException(nameof(continuity), continuity, "Unknown continuity of content."),
    };

    public static string ToCode(this CompletionStatus flag) => flag switch
    {
        CompletionStatus.Partial => "PARTIAL",
        CompletionStatus.Complete => "COMPLETE",
        _ => throw new ArgumentOutOfRangeException(nameof(flag), flag, "Unknown completion flag."),
    };

    public static string ToCode(this PreliminaryStatus flag) => flag switch
    {
        PreliminaryStatus.Preliminary => "PRELIMINARY",
        PreliminaryStatus.Final => "FINAL",
        _ => throw new ArgumentOutOfRangeException(nameof(flag), flag, "Unknown preliminary flag."),
    };
}
