namespace SimSid.Dicom.StructuredReport;

/// <summary>
/// An SR-family document (SR or Key Object Selection): the patient and study copied from the evidence, a new
/// series, equipment, the document module of its IOD, the content tree and SOP Common. Subclasses fix the SOP
/// class and write the document module.
/// </summary>
public abstract class SrDocument
{
    private readonly DicomDataset _source;

    protected SrDocument(IReadOnlyList<DicomDataset> evidence, ContainerItem content, SrDocumentHeader header)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        Content = content ?? throw new ArgumentNullException(nameof(content));
        Header = header ?? throw new ArgumentNullException(nameof(header));
        if (evidence.Count == 0)
        {
            throw new ArgumentException("A document needs at least one evidence instance (its patient and study come from the first).", nameof(evidence));
        }

        if (content.Relationship is not null)
        {
            throw new ArgumentException("The document root must be a CONTAINER without a relationship type.", nameof(content));
        }

        SopInstanceReference.RequireUid(header.SeriesInstanceUid, nameof(header));
        SopInstanceReference.RequireUid(header.SopInstanceUid, nameof(header));
        if (header.SeriesDescription is { Length: > 64 })
        {
            throw new ArgumentException($"Series Description is longer than 64 characters (LO): '{header.SeriesDescription}'.", nameof(header));
        }

        _source = evidence[0];
        Evidence = [.. evidence.Select(SopInstanceReference.FromDataset)];
        StudyInstanceUid = Evidence[0].StudyInstanceUid;
        RequireReferencedImagesInEvidence();
    }

    /// <summary>The SOP Class UID this document is written as.</summary>
    public abstract string SopClassUid { get; }

    /// <summary>The Modality of the document series: "SR" or "KO".</summary>
    protected abstract string Modality { get; }

    public ContainerItem Content { get; }

    public SrDocumentHeader Header { get; }

    /// <summary>Every instance the document refers to, in the order given.</summary>
    public IReadOnlyList<SopInstanceReference> Evidence { get; }

    /// <summary>The study the document files into (that of the first evidence instance).</summary>
    public string StudyInstanceUid { get; }

    /// <summary>The complete dataset of the document (no File Meta Information).</summary>
    public DicomDataset ToDataset()
    {
        var dataset = new DicomDataset();
        dataset.SetText(DicomTag.SpecificCharacterSet, DicomVR.CS, DatasetText.SpecificCharacterSet);
        WriteSopCommon(dataset);
        PatientStudyAttributes.CopyTo(_source, dataset);
        WriteSeries(dataset);
        WriteGeneralEquipment(dataset);
        WriteDocumentModule(dataset);
        Content.WriteTo(dataset);
        return dataset;
    }

    /// <summary>The document as a Part 10 file in Explicit VR Little Endian.</summary>
    public DicomFile ToFile() => new(ToDataset(), DicomTransferSyntax.ExplicitVRLittleEndian);

    /// <summary>Writes the IOD's document module (SR Document General or Key Object Document).</summary>
    protected abstract void WriteDocumentModule(DicomDataset dataset);

    /// <summary>Evidence in the document's study (Current Requested Procedure Evidence).</summary>
    protected IEnumerable<SopInstanceReference> CurrentEvidence =>
        Evidence.Where(e => string.Equals(e.StudyInstanceUid, StudyInstanceUid, StringComparison.Ordinal));

    /// <summary>Evidence in other studies (Pertinent Other Evidence).</summary>
    protected IEnumerable<SopInstanceReference> OtherEvidence =>
        Evidence.Where(e => !string.Equals(e.StudyInstanceUid, StudyInstanceUid, StringComparison.Ordinal));

    /// <summary>Writes Content Date/Time and Instance Number, common to both document modules.</summary>
    protected void WriteInstanceAndContentTime(DicomDataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        dataset.AddOrUpdate(DicomTag.InstanceNumber, DicomVR.IS, Header.InstanceNumber.ToString(System.Globalization.CultureInfo.InvariantCulture));
        dataset.SetText(DicomTag.ContentDate, DicomVR.DA, DicomDateTimeText.Date(Header.ContentDateTime));
        dataset.SetText(DicomTag.ContentTime, DicomVR.TM, DicomDateTimeText.Time(Header.ContentDateTime));
    }

    private void WriteSopCommon(DicomDataset dataset)
    {
        var created = Header.InstanceCreationDateTime ?? Header.ContentDateTime;
        dataset.SetText(DicomTag.SOPClassUID, DicomVR.UI, SopClassUid);
        dataset.SetText(DicomTag.SOPInstanceUID, DicomVR.UI, Header.SopInstanceUid);
        dataset.SetText(DicomTag.InstanceCreationDate, DicomVR.DA, DicomDateTimeText.Date(created));
        dataset.SetText(DicomTag.InstanceCreationTime, DicomVR.TM, DicomDateTimeText.Time(created));
        dataset.SetText(DicomTag.TimezoneOffsetFromUTC, DicomVR.SH, DicomDateTimeText.Offset(created));
        if (Header.CodingSchemes.Count > 0)
        {
            dataset.SetSequence(DicomTag.CodingSchemeIdentificationSequence, Header.CodingSchemes.Select(c => c.ToDataset()));
        }

        if (Header.ContributingEquipment.Count > 0)
        {
            dataset.SetSequence(DicomTag.ContributingEquipmentSequence, Header.ContributingEquipment.Select(c => c.ToDataset()));
        }
    }

    private void WriteSeries(DicomDataset dataset)
    {
        dataset.SetText(DicomTag.Modality, DicomVR.CS, Modality);
        dataset.SetText(DicomTag.SeriesInstanceUID, DicomVR.UI, Header.SeriesInstanceUid);
        dataset.AddOrUpdate(DicomTag.SeriesNumber, DicomVR.IS, Header.SeriesNumber.ToString(System.Globalization.CultureInfo.InvariantCulture));
        dataset.SetTextIfPresent(DicomTag.SeriesDescription, DicomVR.LO, Header.SeriesDescription);
        dataset.SetSequence(DicomTag.ReferencedPerformedProcedureStepSequence);
    }

    private void WriteGeneralEquipment(DicomDataset dataset)
    {
        dataset.SetTextOrEmpty(DicomTag.Manufacturer, DicomVR.LO, Header.Manufacturer);
        dataset.SetTextIfPresent(DicomTag.InstitutionName, DicomVR.LO, Header.InstitutionName);
        dataset.SetTextIfPresent(DicomTag.ManufacturerModelName, DicomVR.LO, Header.ManufacturerModelName);
        dataset.SetTextIfPresent(DicomTag.DeviceSerialNumber, DicomVR.LO, Header.DeviceSerialNumber);
        dataset.SetTextIfPresent(DicomTag.SoftwareVersions, DicomVR.LO, Header.SoftwareVersions);
    }

    private void RequireReferencedImagesInEvidence()
    {
        var known = Evidence.Select(e => e.SopInstanceUid).ToHashSet(StringComparer.Ordinal);
        foreach (var image in Content.DescendantsAndSelf().OfType<ImageItem>())
        {
            if (!known.Contains(image.ReferencedSopInstanceUid))
            {
                throw new ArgumentException(
                    $"The content references image {image.ReferencedSopInstanceUid}, which is not among the evidence instances.",
                    "content");
            }
        }
    }
}
