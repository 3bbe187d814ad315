namespace SimSid.Dicom.StructuredReport.Templates;

/// <summary>
/// TID 1500 "Measurement Report", the root template of an AI result (IHE AIR): the document title
/// (126000, DCM, "Imaging Measurement Report"), language (TID 1204), observer context (TID 1001/1002),
/// Procedure Reported (121058, DCM) and the Imaging Measurements container (126010, DCM) holding one
/// TID 1501 group per finding.
/// </summary>
public sealed class MeasurementReport
{
    public MeasurementReport(
        ObserverContext observer,
        IReadOnlyList<CodedConcept> proceduresReported,
        IReadOnlyList<MeasurementGroup> groups,
        LanguageOfContent? language = null,
        CodedConcept? title = null)
    {
        Observer = observer ?? throw new ArgumentNullException(nameof(observer));
        ProceduresReported = proceduresReported ?? throw new ArgumentNullException(nameof(proceduresReported));
        if (ProceduresReported.Count == 0)
        {
            throw new ArgumentException("TID 1500 needs at least one Procedure Reported code.", nameof(proceduresReported));
        }

        Groups = groups ?? throw new ArgumentNullException(nameof(groups));
        Language = language ?? new LanguageOfContent();
        Title = title ?? SrCodes.ImagingMeasurementReport;
    }

    public ObserverContext Observer { get; }

    public IReadOnlyList<CodedConcept> ProceduresReported { get; }

    public IReadOnlyList<MeasurementGroup> Groups { get; }

    public LanguageOfContent Language { get; }

    public CodedConcept Title { get; }

    /// <summary>The document root: a CONTAINER declaring TID 1500 in its ContentTemplateSequence.</summary>
    public ContainerItem ToContentItem()
    {
        var root = new ContainerItem(Title, relationship: null, templateIdentifier: "1500");
        root.Add(Language.ToContentItem());
        root.AddRange(Observer.ToContentItems());
        root.AddRange(ProceduresReported.Select(p => new CodeItem(SrCodes.ProcedureReported, p, RelationshipType.HasConceptMod)));
        if (Groups.Count > 0)
        {
            var measurements = new ContainerItem(SrCodes.ImagingMeasurements, RelationshipType.Contains);
            measurements.AddRange(Groups.Select(g => g.ToContentItem()));
            root.Add(measurements);
        }

        return root;
    }
}
