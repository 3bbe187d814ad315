using System.Globalization;

namespace SimSid.Dicom;

/// <summary>A sequence of items (VR SQ), each item a nested dataset.</summary>
public sealed class DicomSequence : DicomItem
{
    public DicomSequence(DicomTag tag, params DicomDataset[] items)
        : this(tag, (IEnumerable<DicomDataset>)items)
    {
    }

    public DicomSequence(DicomTag tag, IEnumerable<DicomDataset> items)
        : base(tag, DicomVR.SQ)
    {
        ArgumentNullException.ThrowIfNull(items);
        Items = [.. items];
    }

    public IList<DicomDataset> Items { get; }

    internal override DicomItem DeepClone() => new DicomSequence(Tag, Items.Select(i => i.Clone()));

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Tag} SQ ({Items.Count} items)");
}
