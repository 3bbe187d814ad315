using System.Globalization;

namespace SimSid.Dicom;

/// <summary>
/// Encapsulated pixel data (PS3.5 §A.4): an undefined-length OB element holding a Basic Offset Table item and
/// one or more fragment items.
/// </summary>
public sealed class DicomFragmentSequence : DicomItem
{
    public DicomFragmentSequence(DicomTag tag, DicomVR vr, ReadOnlyMemory<byte> offsetTable, IEnumerable<ReadOnlyMemory<byte>> fragments)
        : base(tag, vr)
    {
        ArgumentNullException.ThrowIfNull(fragments);
        OffsetTable = offsetTable;
        Fragments = [.. fragments];
    }

    public DicomFragmentSequence(DicomTag tag, IEnumerable<ReadOnlyMemory<byte>> fragments)
        : this(tag, DicomVR.OB, ReadOnlyMemory<byte>.Empty, fragments)
    {
    }

    /// <summary>The raw Basic Offset Table bytes (little-endian 32-bit offsets); empty when the table is empty.</summary>
    public ReadOnlyMemory<byte> OffsetTable { get; set; }

    /// <summary>The fragments in order, each as stored (without the item header).</summary>
    public IList<ReadOnlyMemory<byte>> Fragments { get; }

    /// <summary>The Basic Offset Table decoded as offsets of each frame's first fragment.</summary>
    public IReadOnlyList<uint> GetOffsets()
    {
        var span = OffsetTable.Span;
        var offsets = new uint[span.Length / 4];
        for (var i = 0; i < offsets.Length; i++)
        {
            offsets[i] = System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(span[(i * 4)..]);
        }

        return offsets;
    }

    internal override DicomItem DeepClone() => new DicomFragmentSequence(Tag, VR, OffsetTable, Fragments);

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Tag} {VR.Code} encapsulated ({Fragments.Count} fragments)");
}
