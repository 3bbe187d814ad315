namespace SimSid.Dicom.StructuredReport.Triage;

/// <summary>
/// How the triage report is written: SOP class, series identity, revision and KOS settings. Settable properties so
/// hosts can bind it from configuration (section <see cref="SectionName"/>).
/// </summary>
public sealed class TriageReportOptions
{
    public const string SectionName = "Report";

    public const string DefaultSeriesDescription = "AI triage – SimSID anomaly (not for diagnostic use)";

    /// <summary>Comprehensive 3D SR by default; Comprehensive or Enhanced SR for PACS that lag.</summary>
    public SrSopClass SopClass { get; set; } = SrSopClass.Comprehensive3D;

    /// <summary>Series Number of the SR series: stable so the series sorts the same way in every study.</summary>
    public int SeriesNumber { get; set; } = 9901;

    public string SeriesDescription { get; set; } = DefaultSeriesDescription;

    /// <summary>Report revision, from 1; a revision above 1 lists its predecessor.</summary>
    public int Revision { get; set; } = 1;

    /// <summary>
    /// The document this revision replaces; when null and <see cref="Revision"/> is above 1, the previous
    /// revision's deterministic UIDs (same SOP class) are used.
    /// </summary>
    public SopInstanceReference? Predecessor { get; set; }

    /// <summary>Procedure Reported; when null, the source's Procedure Code Sequence, else LOINC 36554-4.</summary>
    public CodedConcept? ProcedureReported { get; set; }

    /// <summary>Series Number of the optional Key Object Selection series.</summary>
    public int KeyObjectSeriesNumber { get; set; } = 9902;

    public string KeyObjectSeriesDescription { get; set; } = "AI triage – SimSID flagged (not for diagnostic use)";

    public string? InstitutionName { get; set; }
}
