namespace SimSid.Dicom.StructuredReport;

/// <summary>Relationship Type (0040,A010) between a source content item and its target (PS3.3 C.17.3.2.4).</summary>
public enum RelationshipType
{
    /// <summary>CONTAINS</summary>
    Contains,

    /// <summary>HAS PROPERTIES</summary>
    HasProperties,

    /// <summary>HAS OBS CONTEXT</summary>
    HasObsContext,

    /// <summary>HAS ACQ CONTEXT</summary>
    HasAcqContext,

    /// <summary>INFERRED FROM</summary>
    InferredFrom,

    /// <summary>SELECTED FROM</summary>
    SelectedFrom,

    /// <summary>HAS CONCEPT MOD</summary>
    HasConceptMod,
}
