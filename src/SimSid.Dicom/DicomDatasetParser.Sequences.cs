using System.Buffers.Binary;
using System.Globalization;

namespace SimSid.Dicom;

/// <summary>Sequences, encapsulated fragments and the bounds-checked primitive reads of the parser.</summary>
internal sealed partial class DicomDatasetParser
{
    private DicomSequence ReadSequence(DicomTag tag, int end, bool undefinedLength, int depth, DicomCharacterSet cs)
    {
        if (depth >= _options.MaxNestingDepth)
        {
            Fail(string.Create(CultureInfo.InvariantCulture, $"Sequences are nested deeper than {_options.MaxNestingDepth} levels"), tag);
        }

        var sequence = new DicomSequence(tag);
        while (true)
        {
            if (_position >= end)
            {
                if (undefinedLength)
                {
                    if (_isPrefix && end == _memory.Length)
                    {
                        throw new DicomNeedMoreDataException();
                    }

                    Fail("The input ends inside a sequence of undefined length (no sequence delimiter)", tag);
                }

                return sequence;
            }

            Need(8, end, tag, "item header");
            var group = ReadUInt16(_position);
            var element = ReadUInt16(_position + 2);
            var length = ReadUInt32(_position + 4);
            if (group != ItemGroup)
            {
                Fail(string.Create(CultureInfo.InvariantCulture, $"Expected an item tag (FFFE,E000) in the sequence, found ({group:X4},{element:X4})"), tag);
            }

            _position += 8;
            if (element == SequenceDelimiterElement)
            {
                if (undefinedLength)
                {
                    return sequence;
                }

                continue; // Tolerate a delimiter inside a defined-length sequence.
            }

            if (element == ItemDelimiterElement)
            {
                continue; // A stray item delimiter: skip it.
            }

            if (element != ItemElement)
            {
                Fail(string.Create(CultureInfo.InvariantCulture, $"Unexpected delimiter (FFFE,{element:X4}) in a sequence"), tag, _position - 8);
            }

            var item = new DicomDataset(16, cs);
            if (length == UndefinedLength)
            {
                ReadItems(item, end, undefinedLength: true, depth + 1, metaOnly: false);
            }
            else
            {
                if (length > (uint)(end - _position))
                {
                    if (_isPrefix && end == _memory.Length)
                    {
                        throw new DicomNeedMoreDataException();
                    }

                    Fail(string.Create(CultureInfo.InvariantCulture, $"Item length {length} exceeds the {end - _position} bytes that remain in the sequence"), tag, _position - 8);
                }

                var itemEnd = _position + (int)length;
                ReadItems(item, itemEnd, undefinedLength: false, depth + 1, metaOnly: false);
                _position = itemEnd;
            }

            sequence.Items.Add(item);
        }
    }

    private DicomFragmentSequence ReadFragments(DicomTag tag, DicomVR vr, int end)
    {
        ReadOnlyMemory<byte>? offsetTable = null;
        var fragments = new List<ReadOnlyMemory<byte>>();
        while (true)
        {
            if (_position >= end)
            {
                if (_isPrefix && end == _memory.Length)
                {
                    throw new DicomNeedMoreDataException();
                }

                Fail("The input ends inside encapsulated pixel data (no sequence delimiter)", tag);
            }

            Need(8, end, tag, "fragment header");
            var group = ReadUInt16(_position);
            var element = ReadUInt16(_position + 2);
            var length = ReadUInt32(_position + 4);
            if (group != ItemGroup || (element != ItemElement && element != SequenceDelimiterElement))
            {
                Fail(string.Create(CultureInfo.InvariantCulture, $"Expected a fragment item (FFFE,E000), found ({group:X4},{element:X4})"), tag);
            }

            _position += 8;
            if (element == SequenceDelimiterElement)
            {
                return new DicomFragmentSequence(tag, vr, offsetTable ?? ReadOnlyMemory<byte>.Empty, fragments);
            }

            if (length > (uint)(end - _position))
            {
                if (_isPrefix && end == _memory.Length)
                {
                    throw new DicomNeedMoreDataException();
                }

                Fail(string.Create(CultureInfo.InvariantCulture, $"Fragment length {length} exceeds the {end - _position} bytes that remain"), tag, _position - 8);
            }

            var value = _memory.Slice(_position, (int)length);
            _position += (int)length;
            if (offsetTable is null)
            {
                offsetTable = value;
            }
            else
            {
                fragments.Add(value);
            }
        }
    }

    private static ReadOnlyMemory<byte> SwapToLittleEndian(ReadOnlySpan<byte> source, int unitSize)
    {
        var copy = source.ToArray();
        var whole = copy.Length - (copy.Length % unitSize);
        for (var i = 0; i < whole; i += unitSize)
        {
            copy.AsSpan(i, unitSize).Reverse();
        }

        return copy;
    }

    private static bool IsUpper(byte b) => b >= (byte)'A' && b <= (byte)'Z';

    private bool LooksLikeItem(int valueEnd) =>
        valueEnd - _position >= 8 && ReadUInt16(_position) == ItemGroup && ReadUInt16(_position + 2) == ItemElement;

    private bool IsZeroPadding(int end) => !_memory.Span[_position..end].ContainsAnyExcept((byte)0);

    private ushort ReadUInt16(int position)
    {
        var span = _memory.Span[position..];
        return _littleEndian ? BinaryPrimitives.ReadUInt16LittleEndian(span) : BinaryPrimitives.ReadUInt16BigEndian(span);
    }

    private uint ReadUInt32(int position)
    {
        var span = _memory.Span[position..];
        return _littleEndian ? BinaryPrimitives.ReadUInt32LittleEndian(span) : BinaryPrimitives.ReadUInt32BigEndian(span);
    }

    /// <summary>Checks that <paramref name="count"/> bytes remain before <paramref name="end"/>.</summary>
    private void Need(int count, int end, DicomTag? tag, string what)
    {
        if (end - _position >= count)
        {
            return;
        }

        if (_isPrefix && end == _memory.Length)
        {
            throw new DicomNeedMoreDataException();
        }

        Fail(string.Create(CultureInfo.InvariantCulture, $"Truncated {what}: {count} bytes needed, {end - _position} remain"), tag);
    }

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private void Fail(string message, DicomTag? tag, int? position = null) =>
        throw new DicomFormatException(message, _baseOffset + (position ?? _position), tag);
}
