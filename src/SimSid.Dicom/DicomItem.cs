namespace SimSid.Dicom;

/// <summary>One entry of a dataset: an element with a value, a sequence, or encapsulated pixel data.</summary>
public abstract class DicomItem
{
    protected DicomItem(DicomTag tag, DicomVR vr)
    {
        ArgumentNullException.ThrowIfNull(vr);
        Tag = tag;
        VR = vr;
    }

    public DicomTag Tag { get; }

    public DicomVR VR { get; }

    /// <summary>A copy that shares no mutable state with this item (value bytes are immutable and shared).</summary>
    internal abstract DicomItem DeepClone();

    public override string ToString() => $"{Tag} {VR.Code}";
}
