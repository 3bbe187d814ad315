using System.Globalization;

namespace SimSid.Dicom.StructuredReport;

/// <summary>
/// An IMAGE content item: a reference to an image instance (PS3.3 Table 10-3 "Image SOP Instance Reference
/// Macro": ReferencedSOPSequence with class, instance and optionally frame numbers).
/// </summary>
public sealed class ImageItem : ContentItem
{
    public ImageItem(
        CodedConcept? conceptName,
        string referencedSopClassUid,
        string referencedSopInstanceUid,
        RelationshipType relationship,
        IReadOnlyList<int>? referencedFrameNumbers = null)
        : base(conceptName, relationship)
    {
        ReferencedSopClassUid = SopInstanceReference.RequireReferencedUid(referencedSopClassUid, nameof(referencedSopClassUid));
        ReferencedSopInstanceUid = SopInstanceReference.RequireReferencedUid(referencedSopInstanceUid, nameof(referencedSopInstanceUid));
        if (referencedFrameNumbers is not null && referencedFrameNumbers.Any(f => f < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(referencedFrameNumbers), "Frame numbers start at 1.");
        }

        ReferencedFrameNumbers = referencedFrameNumbers ?? [];
    }

    public override string ValueType => "IMAGE";

    public string ReferencedSopClassUid { get; }

    public string ReferencedSopInstanceUid { get; }

    /// <summary>The referenced frames of a multi-frame image; empty for the whole image.</summary>
    public IReadOnlyList<int> ReferencedFrameNumbers { get; }

    protected override void WriteValue(DicomDataset dataset)
    {
        var reference = new DicomDataset();
        reference.SetText(DicomTag.ReferencedSOPClassUID, DicomVR.UI, ReferencedSopClassUid);
        reference.SetText(DicomTag.ReferencedSOPInstanceUID, DicomVR.UI, ReferencedSopInstanceUid);
        if (ReferencedFrameNumbers.Count > 0)
        {
            reference.AddOrUpdate(
                DicomTag.ReferencedFrameNumber,
                DicomVR.IS,
                [.. ReferencedFrameNumbers.Select(f => f.ToString(CultureInfo.InvariantCulture))]);
        }

        dataset.SetSequence(DicomTag.ReferencedSOPSequence, reference);
    }
}
