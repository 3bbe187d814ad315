namespace SimSid.Dicom.StructuredReport.Triage;

/// <summary>
/// The private coding scheme for values no standard code means: a raw SimSID anomaly score is not a probability
/// or a certainty, so it is coded in "99SIMSID" and the scheme is declared in the Coding Scheme Identification
/// Sequence (PS3.3 C.12.1.1.4; private designators begin with "99", PS3.16 §8.2).
/// </summary>
public static class TriageCodes
{
    public const string SchemeDesignator = "99SIMSID";

    public static readonly CodedConcept AnomalyScore = new("ANOMALY_SCORE", SchemeDesignator, "SimSID anomaly score");

    public static readonly CodingSchemeIdentification Scheme = new(
        SchemeDesignator,
        name: "SimSID private codes",
        responsibleOrganization: TriageModelInfo.DefaultManufacturer);
}
