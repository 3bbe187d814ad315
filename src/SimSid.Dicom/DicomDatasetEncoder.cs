using System.Buffers.Binary;

namespace SimSid.Dicom;

/// <summary>
/// Encodes datasets little endian, explicit or implicit VR (PS3.5 §7): even value lengths with the VR's padding,
/// 4-byte lengths for the long-form VRs, sequences and items of undefined length, encapsulated pixel data as
/// fragments. Group length elements (gggg,0000) are dropped: they are optional and would go stale.
/// </summary>
internal sealed class DicomDatasetEncoder
{
    private const uint UndefinedLength = 0xFFFFFFFF;

    private readonly Stream _stream;
    private readonly bool _explicitVR;
    private readonly bool _allowEncapsulated;
    private readonly byte[] _header = new byte[12];

    public DicomDatasetEncoder(Stream stream, bool explicitVR, bool allowEncapsulated)
    {
        _stream = stream;
        _explicitVR = explicitVR;
        _allowEncapsulated = allowEncapsulated;
    }

    /// <summary>Writes every item of the dataset, optionally skipping the file meta group 0002.</summary>
    public void WriteDataset(DicomDataset dataset, bool skipMetaGroup)
    {
        foreach (var item in dataset)
        {
            if ((skipMetaGroup && item.Tag.Group == 0x0002) || (item.Tag.Element == 0x0000 && item.Tag.Group != 0x0000))
            {
                continue;
            }

            WriteItem(item);
        }
    }

    private void WriteItem(DicomItem item)
    {
        switch (item)
        {
            case DicomElement element:
                WriteElement(element);
                break;
            case DicomSequence sequence:
                WriteSequence(sequence);
                break;
            case DicomFragmentSequence fragments:
                WriteFragments(fragments);
                break;
            default:
                throw new DicomDataException(item.Tag, $"Cannot encode an item of type {item.GetType().Name}");
        }
    }

    private void WriteElement(DicomElement element)
    {
        var value = element.Buffer.Span;
        var padded = (value.Length & 1) == 1;
        var length = (uint)value.Length + (padded ? 1u : 0u);
        var vr = element.VR;
        if (_explicitVR && !vr.HasLongLength && length > ushort.MaxValue)
        {
            vr = DicomVR.UN; // Too long for the 2-byte length field: PS3.5 §6.2.2 allows UN with a 4-byte length.
        }

        WriteHeader(element.Tag, vr, length);
        _stream.Write(value);
        if (padded)
        {
            _stream.WriteByte(element.VR.PaddingByte);
        }
    }

    private void WriteSequence(DicomSequence sequence)
    {
        WriteHeader(sequence.Tag, DicomVR.SQ, UndefinedLength);
        foreach (var item in sequence.Items)
        {
            WriteItemTag(0xE000, UndefinedLength);
            WriteDataset(item, skipMetaGroup: false);
            WriteItemTag(0xE00D, 0);
        }

        WriteItemTag(0xE0DD, 0);
    }

    private void WriteFragments(DicomFragmentSequence fragments)
    {
        if (!_allowEncapsulated)
        {
            throw new DicomDataException(fragments.Tag, "Encapsulated pixel data need an encapsulated transfer syntax");
        }

        WriteHeader(fragments.Tag, DicomVR.OB, UndefinedLength);
        WriteFragment(fragments.OffsetTable.Span);
        foreach (var fragment in fragments.Fragments)
        {
            WriteFragment(fragment.Span);
        }

        WriteItemTag(0xE0DD, 0);
    }

    private void WriteFragment(ReadOnlySpan<byte> fragment)
    {
        var padded = (fragment.Length & 1) == 1;
        WriteItemTag(0xE000, (uint)fragment.Length + (padded ? 1u : 0u));
        _stream.Write(fragment);
        if (padded)
        {
            _stream.WriteByte(0);
        }
    }

    private void WriteItemTag(ushort element, uint length)
    {
        var h = _header.AsSpan();
        BinaryPrimitives.WriteUInt16LittleEndian(h, 0xFFFE);
        BinaryPrimitives.WriteUInt16LittleEndian(h[2..], element);
        BinaryPrimitives.WriteUInt32LittleEndian(h[4..], length);
        _stream.Write(h[..8]);
    }

    private void WriteHeader(DicomTag tag, DicomVR vr, uint length)
    {
        var h = _header.AsSpan();
        BinaryPrimitives.WriteUInt16LittleEndian(h, tag.Group);
        BinaryPrimitives.WriteUInt16LittleEndian(h[2..], tag.Element);
        if (!_explicitVR)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(h[4..], length);
            _stream.Write(h[..8]);
            return;
        }

        h[4] = (byte)vr.Code[0];
        h[5] = (byte)vr.Code[1];
        if (vr.HasLongLength)
        {
            h[6] = 0;
            h[7] = 0;
            BinaryPrimitives.WriteUInt32LittleEndian(h[8..], length);
            _stream.Write(h[..12]);
        }
        else
        {
            BinaryPrimitives.WriteUInt16LittleEndian(h[6..], (ushort)length);
            _stream.Write(h[..8]);
        }
    }
}
