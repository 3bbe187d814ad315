using System.Globalization;
using SimSid.Dicom.StructuredReport.Templates;

namespace SimSid.Dicom.StructuredReport.Triage;

/// <summary>
/// Builds the AI triage report of one study (pacs-integration-notes §4.5): a TID 1500 Measurement Report with the
/// model as device observer, Procedure Reported, and per scored image a TID 1501 group holding the source image,
/// the anomaly score (private code, unit "1"), the algorithm (TID 4019), Normality and Level of Significance;
/// in the study of the source images, in a stable series, with deterministic UIDs. Optionally a Key Object
/// Selection "Of Interest" over the flagged images.
/// </summary>
public sealed class TriageReportBuilder
{
    private readonly TriageModelInfo _model;
    private readonly TriageReportOptions _options;

    public TriageReportBuilder(TriageModelInfo model, TriageReportOptions? options = null)
    {
        _model = model ?? throw new ArgumentNullException(nameof(model));
        _options = options ?? new TriageReportOptions();
        RequireValidOptions();
    }

    /// <summary>Builds the SR, taking the creation time from <paramref name="clock"/>.</summary>
    public SrDocument Build(IReadOnlyList<DicomDataset> sources, TriageResult result, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return Build(sources, result, clock.GetLocalNow());
    }

    /// <summary>
    /// Builds the SR. Equal inputs give equal datasets apart from the dates and times derived from
    /// <paramref name="createdAt"/> (content and instance creation date/time, timezone offset).
    /// </summary>
    public SrDocument Build(IReadOnlyList<DicomDataset> sources, TriageResult result, DateTimeOffset createdAt)
    {
        RequireValidOptions();
        var scored = TriageInputs.Match(sources, result, _model);
        var study = scored.StudyInstanceUid;
        var sopClassUid = SopClassUid(_options.SopClass);
        var seriesUid = TriageUids.ReportSeries(study, _model.DeviceUid);
        var report = new MeasurementReport(
            Observer(),
            [_options.ProcedureReported ?? ProcedureFromSource(sources[0]) ?? SrCodes.XrChestSingleView],
            [.. scored.Images.Select((image, index) => Group(image.Reference, image.Result, index + 1))]);
        var header = new SrDocumentHeader
        {
            SeriesInstanceUid = seriesUid,
            SopInstanceUid = TriageUids.ReportInstance(study, _model.DeviceUid, _options.Revision),
            SeriesNumber = _options.SeriesNumber,
            SeriesDescription = _options.SeriesDescription,
            InstanceNumber = _options.Revision,
            ContentDateTime = createdAt,
            Manufacturer = _model.Manufacturer,
            ManufacturerModelName = _model.Name,
            SoftwareVersions = _model.Version,
            InstitutionName = _options.InstitutionName,
            Completion = scored.IsComplete ? CompletionStatus.Complete : CompletionStatus.Partial,
            Preliminary = PreliminaryStatus.Preliminary,
            Predecessors = Predecessor(study, seriesUid, sopClassUid),
            ContributingEquipment = [new ContributingEquipment(_model.Manufacturer, _model.Name, _model.Version, _model.DeviceUid)],
            CodingSchemes = [TriageCodes.Scheme],
        };
        var content = report.ToContentItem();
        return _options.SopClass switch
        {
            SrSopClass.Comprehensive3D => new ComprehensiveSrDocument(sources, content, header, threeDimensional: true),
            SrSopClass.Comprehensive => new ComprehensiveSrDocument(sources, content, header, threeDimensional: false),
            SrSopClass.Enhanced => new EnhancedSrDocument(sources, content, header),
            _ => throw new ArgumentOutOfRangeException(nameof(sources), _options.SopClass, "Unknown SR SOP class."),
        };
    }

    /// <summary>Builds the Key Object Selection (see the other overload), taking the creation time from <paramref name="clock"/>.</summary>
    public KeyObjectSelectionDocument? BuildKeyObjectSelection(IReadOnlyList<DicomDataset> sources, TriageResult result, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return BuildKeyObjectSelection(sources, result, clock.GetLocalNow());
    }

    /// <summary>
    /// Builds the Key Object Selection "Of Interest" over the flagged images, or returns null when nothing was flagged.
    /// </summary>
    public KeyObjectSelectionDocument? BuildKeyObjectSelection(IReadOnlyList<DicomDataset> sources, TriageResult result, DateTimeOffset createdAt)
    {
        RequireValidOptions();
        var scored = TriageInputs.Match(sources, result, _model);
        var flagged = scored.Images.Where(i => i.Result.IsFlagged).ToList();
        if (flagged.Count == 0)
        {
            return null;
        }

        var study = scored.StudyInstanceUid;
        var selection = new KeyObjectSelection(
            [.. flagged.Select(f => f.Reference)],
            description: string.Create(
                CultureInfo.InvariantCulture,
                $"SimSID anomaly score {result.MaxAnomalyScore:0.####} reached the threshold {_model.Threshold:0.####}: read with priority. AI triage, not for diagnostic use."),
            observer: Observer(),
            language: new LanguageOfContent());
        var header = new SrDocumentHeader
        {
            SeriesInstanceUid = TriageUids.KeyObjectSeries(study, _model.DeviceUid),
            SopInstanceUid = TriageUids.KeyObjectInstance(study, _model.DeviceUid, _options.Revision),
            SeriesNumber = _options.KeyObjectSeriesNumber,
            SeriesDescription = _options.KeyObjectSeriesDescription,
            InstanceNumber = _options.Revision,
            ContentDateTime = createdAt,
            Manufacturer = _model.Manufacturer,
            ManufacturerModelName = _model.Name,
            SoftwareVersions = _model.Version,
            InstitutionName = _options.InstitutionName,
        };
        return new KeyObjectSelectionDocument([.. flagged.Select(f => f.Source)], selection.ToContentItem(), header);
    }

    private void RequireValidOptions()
    {
        if (_options.Revision < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(TriageReportOptions.Revision), _options.Revision, "The report revision starts at 1.");
        }

        if (_options.SeriesNumber < 0 || _options.KeyObjectSeriesNumber < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(TriageReportOptions.SeriesNumber), _options.SeriesNumber, "Series numbers are not negative.");
        }
    }

    private static string SopClassUid(SrSopClass sopClass) => sopClass switch
    {
        SrSopClass.Comprehensive3D => DicomUid.Comprehensive3DSRStorage,
        SrSopClass.Comprehensive => DicomUid.ComprehensiveSRStorage,
        SrSopClass.Enhanced => DicomUid.EnhancedSRStorage,
        _ => throw new ArgumentOutOfRangeException(nameof(sopClass), sopClass, "Unknown SR SOP class."),
    };

    private static CodedConcept? ProcedureFromSource(DicomDataset source)
    {
        var item = source.GetSequence(DicomTag.ProcedureCodeSequence)?.Items.FirstOrDefault();
        if (item is null)
        {
            return null;
        }

        try
        {
            return CodedConcept.FromDataset(item);
        }
        catch (Exception e) when (e is DicomDataException or ArgumentException)
        {
            // An incomplete Procedure Code Sequence in the source is not worth failing the report for.
            return null;
        }
    }

    private ObserverContext Observer() => new(new DeviceObserverIdentifyingAttributes(
        _model.DeviceUid,
        name: _model.Name,
        manufacturer: _model.Manufacturer,
        modelName: _model.Name));

    private MeasurementGroup Group(SopInstanceReference image, ImageTriageResult result, int number)
    {
        var algorithm = new AlgorithmIdentification(
            _model.Name,
            _model.Version,
            ["threshold=" + _model.Threshold.ToString("R", CultureInfo.InvariantCulture)]);
        return new MeasurementGroup(
            new TrackingIdentifier(
                string.Create(CultureInfo.InvariantCulture, $"SimSID anomaly, image {number}"),
                TriageUids.Tracking(_model.DeviceUid, image.SopInstanceUid)),
            [image],
            [new Measurement(TriageCodes.AnomalyScore, result.AnomalyScore, SrCodes.NoUnits, algorithm)],
            [
                new QualitativeEvaluation(SrCodes.Normality, result.IsFlagged ? SrCodes.Abnormal : SrCodes.Normal),
                new QualitativeEvaluation(SrCodes.LevelOfSignificance, result.IsFlagged ? SrCodes.Significant : SrCodes.NotSignificant),
            ]);
    }

    private IReadOnlyList<SopInstanceReference> Predecessor(string study, string seriesUid, string sopClassUid)
    {
        if (_options.Predecessor is { } explicitPredecessor)
        {
            return [explicitPredecessor];
        }

        return _options.Revision == 1
            ? []
            : [new SopInstanceReference(study, seriesUid, sopClassUid, TriageUids.ReportInstance(study, _model.DeviceUid, _options.Revision - 1))];
    }
}
