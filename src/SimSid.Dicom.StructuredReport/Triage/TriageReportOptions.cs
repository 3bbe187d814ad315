namespace SimSid.Dicom.StructuredReport.Triage;

/// <summary>How the triage report is written: SOP class, series identity, revision and KOS settings.</summary>
public sealed class TriageReportOptions
{
    public const string DefaultSeriesDescription = "AI triage – SimSID anomaly (not for diagnostic use)";

    /// <summary>Comprehensive 3D SR by default; Comprehensive or Enhanced SR for PACS that lag.</summary>
    public SrSopClass SopClass { get; init; } = SrSopClass.Comprehensive3D;

    /// <summary>Series Number of the SR series: stable so the series sorts the same way in every study.</summary>
    public int SeriesNumber { get; init; } = 9901;

    public string SeriesDescription { get; init; } = DefaultSeriesDescription;

    /// <summary>Report revision, from 1; a revision above 1 lists its predecessor.</summary>
    public int Revision { get; init; } = 1;

    /// <summary>
    /// The document this revision replaces; when null and <see cref="Revision"/> is above 1, the previous
    /// revision's deterministic UIDs (same SOP class) are used.
    /// </summary>
    public SopInstanceReference? Predecessor { get; init; }

    /// <summary>Procedure Reported; when null, the source's Procedure Code Sequence, else LOINC 36554-4.</summary>
    public CodedConcept? ProcedureReported { get; init; }

    /// <summary>Series Number of the optional Key Object Selection series.</summary>
    public int KeyObjectSeriesNumber { get; init; } = 9902;

    public string KeyObjectSeriesDescription { get; init; } = "AI triage – SimSID flagged (not for diagnostic use)";

    public string? InstitutionName { get; init; }
}
