namespace SimSid.Dicom.StructuredReport;

/// <summary>
/// The attributes of an SR or KOS document outside its content tree and outside the patient and study copied
/// from the evidence: series, instance, equipment, dates and the SR Document General flags.
/// </summary>
public sealed class SrDocumentHeader
{
    /// <summary>Series Instance UID of the new document series.</summary>
    public required string SeriesInstanceUid { get; init; }

    /// <summary>SOP Instance UID of the document.</summary>
    public required string SopInstanceUid { get; init; }

    /// <summary>Series Number (IS): stable per producer so the series sorts predictably in a viewer.</summary>
    public int SeriesNumber { get; init; } = 1;

    /// <summary>Series Description (LO, at most 64 characters).</summary>
    public string? SeriesDescription { get; init; }

    /// <summary>Instance Number (IS).</summary>
    public int InstanceNumber { get; init; } = 1;

    /// <summary>Content Date/Time: when the content was produced (for an AI result: when inference ran).</summary>
    public required DateTimeOffset ContentDateTime { get; init; }

    /// <summary>Instance Creation Date/Time; defaults to <see cref="ContentDateTime"/>.</summary>
    public DateTimeOffset? InstanceCreationDateTime { get; init; }

    /// <summary>General Equipment Manufacturer (Type 2).</summary>
    public string? Manufacturer { get; init; }

    public string? ManufacturerModelName { get; init; }

    public string? SoftwareVersions { get; init; }

    public string? DeviceSerialNumber { get; init; }

    public string? InstitutionName { get; init; }

    /// <summary>Completion Flag; PARTIAL unless the producer knows the content is complete (SR only).</summary>
    public CompletionStatus Completion { get; init; } = CompletionStatus.Partial;

    /// <summary>Preliminary Flag; PRELIMINARY by default for machine output, null to omit (SR only).</summary>
    public PreliminaryStatus? Preliminary { get; init; } = PreliminaryStatus.Preliminary;

    /// <summary>Performed Procedure Code Sequence (Type 2) values (SR only).</summary>
    public IReadOnlyList<CodedConcept> PerformedProcedureCodes { get; init; } = [];

    /// <summary>Earlier versions this document replaces (Predecessor Documents Sequence, SR only).</summary>
    public IReadOnlyList<SopInstanceReference> Predecessors { get; init; } = [];

    public IReadOnlyList<ContributingEquipment> ContributingEquipment { get; init; } = [];

    /// <summary>Coding schemes used in the content that PS3.16 does not define, e.g. a private "99…" scheme.</summary>
    public IReadOnlyList<CodingSchemeIdentification> CodingSchemes { get; init; } = [];
}
