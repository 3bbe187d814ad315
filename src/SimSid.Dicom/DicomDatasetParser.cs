using System.Buffers.Binary;
using System.Globalization;

namespace SimSid.Dicom;

/// <summary>
/// Parses an encoded dataset (PS3.5 §7) from one contiguous buffer. Little-endian values are slices of the
/// buffer (no copy); big-endian values are copied and swapped per VR unit. Every length is checked against the
/// bytes that remain in its enclosing context before anything is sliced or allocated.
/// </summary>
internal sealed partial class DicomDatasetParser
{
    private const uint UndefinedLength = 0xFFFFFFFF;
    private const ushort ItemGroup = 0xFFFE;
    private const ushort ItemElement = 0xE000;
    private const ushort ItemDelimiterElement = 0xE00D;
    private const ushort SequenceDelimiterElement = 0xE0DD;
    private const uint PixelDataTag = 0x7FE00010;
    private const uint SpecificCharacterSetTag = 0x00080005;
    private const uint DataSetTrailingPaddingTag = 0xFFFCFFFC;

    private readonly ReadOnlyMemory<byte> _memory;
    private readonly DicomReadOptions _options;
    private readonly long _baseOffset;
    private readonly bool _isPrefix;
    private bool _explicitVR;
    private bool _littleEndian;
    private int _position;

    /// <param name="memory">The encoded bytes.</param>
    /// <param name="syntax">Byte order and VR encoding.</param>
    /// <param name="options">Limits and stop conditions.</param>
    /// <param name="baseOffset">Where <paramref name="memory"/> starts in the file, for error messages.</param>
    /// <param name="isPrefix">True when the buffer may be only the first part of the input (header-only reads).</param>
    public DicomDatasetParser(ReadOnlyMemory<byte> memory, DicomTransferSyntax syntax, DicomReadOptions options, long baseOffset = 0, bool isPrefix = false)
    {
        _memory = memory;
        _options = options;
        _baseOffset = baseOffset;
        _isPrefix = isPrefix;
        _explicitVR = syntax.IsExplicitVR;
        _littleEndian = syntax.IsLittleEndian;
    }

    /// <summary>The current position in the buffer.</summary>
    public int Position => _position;

    /// <summary>Reads group 0002 (file meta information) and stops at the first element of another group.</summary>
    public DicomDataset ReadMetaGroup()
    {
        var ds = new DicomDataset(8, DicomCharacterSet.Default);
        ReadItems(ds, _memory.Length, undefinedLength: false, depth: 0, metaOnly: true);
        return ds;
    }

    /// <summary>Reads top-level elements up to the end of the buffer (or to Pixel Data when asked to stop there).</summary>
    public DicomDataset ReadTopLevel()
    {
        var ds = new DicomDataset(64, DicomCharacterSet.Default);
        ReadItems(ds, _memory.Length, undefinedLength: false, depth: 0, metaOnly: false);
        return ds;
    }

    private void ReadItems(DicomDataset ds, int end, bool undefinedLength, int depth, bool metaOnly)
    {
        var cs = ds.InheritedCharacterSet;
        while (true)
        {
            if (_position >= end)
            {
                if (_isPrefix && end == _memory.Length)
                {
                    throw new DicomNeedMoreDataException(); // The rest of the file may hold more elements.
                }

                if (undefinedLength)
                {
                    Fail(end == _memory.Length ? "The input ends inside an item of undefined length (no item delimiter)" : "An item of undefined length runs past its enclosing item", null);
                }

                return;
            }

            if (depth == 0 && !metaOnly && !_isPrefix && end - _position < 8 && IsZeroPadding(end))
            {
                _position = end;
                return;
            }

            Need(4, end, null, "element tag");
            var tag = new DicomTag(ReadUInt16(_position), ReadUInt16(_position + 2));
            if (metaOnly && tag.Group != 0x0002)
            {
                return;
            }

            if (tag.Group == ItemGroup)
            {
                Need(8, end, tag, "delimiter");
                if (tag.Element == ItemDelimiterElement)
                {
                    _position += 8;
                    if (undefinedLength)
                    {
                        return;
                    }

                    continue; // A stray item delimiter in a defined-length context: skip it.
                }

                if (tag.Element == SequenceDelimiterElement)
                {
                    if (undefinedLength)
                    {
                        return; // Missing item delimiter; the sequence reader consumes the sequence delimiter.
                    }

                    _position += 8;
                    continue;
                }

                Fail("An item tag appears where a data element was expected", tag);
            }

            // Exact tags rather than "any tag past Pixel Data", so one corrupt out-of-order tag cannot end the header early.
            if (depth == 0 && !metaOnly && _options.StopBeforePixelData && tag.Value is PixelDataTag or DataSetTrailingPaddingTag)
            {
                return;
            }

            var item = ReadElement(tag, end, depth, cs);
            if (item is DicomElement { Tag.Value: SpecificCharacterSetTag } charset)
            {
                cs = DicomCharacterSet.FromSpecificCharacterSet(System.Text.Encoding.ASCII.GetString(charset.Buffer.Span));
            }

            ds.AppendFromReader(item);
        }
    }

    private DicomItem ReadElement(DicomTag tag, int end, int depth, DicomCharacterSet cs)
    {
        var start = _position;
        DicomVR vr;
        uint length;
        if (_explicitVR)
        {
            Need(8, end, tag, "element header");
            var b0 = _memory.Span[_position + 4];
            var b1 = _memory.Span[_position + 5];
            var known = DicomVR.FromBytes(b0, b1);
            if (known is null && !(IsUpper(b0) && IsUpper(b1)))
            {
                Fail(string.Create(CultureInfo.InvariantCulture, $"Invalid VR bytes 0x{b0:X2} 0x{b1:X2} in an explicit VR element header"), tag);
            }

            // Unknown but well-formed VR codes use the 4-byte length form (PS3.5 §7.1.2); read them as UN.
            vr = known ?? DicomVR.UN;
            if (known is null || vr.HasLongLength)
            {
                Need(12, end, tag, "element header");
                length = ReadUInt32(_position + 8);
                _position += 12;
            }
            else
            {
                length = ReadUInt16(_position + 6);
                _position += 8;
            }
        }
        else
        {
            Need(8, end, tag, "element header");
            vr = DicomVRResolver.ImplicitVR(tag);
            length = ReadUInt32(_position + 4);
            _position += 8;
        }

        if (length == UndefinedLength)
        {
            return ReadUndefinedLength(tag, vr, end, depth, cs, start);
        }

        if (length > (uint)(end - _position))
        {
            if (_isPrefix && end == _memory.Length)
            {
                throw new DicomNeedMoreDataException();
            }

            Fail(string.Create(CultureInfo.InvariantCulture, $"Value length {length} (0x{length:X8}) exceeds the {end - _position} bytes that remain"), tag, start);
        }

        if (_options.MaxElementLength is { } max && length > max && vr != DicomVR.SQ)
        {
            Fail(string.Create(CultureInfo.InvariantCulture, $"Value length {length} exceeds the configured maximum of {max}"), tag, start);
        }

        var valueEnd = _position + (int)length;
        if (vr == DicomVR.SQ)
        {
            return ReadSequence(tag, valueEnd, undefinedLength: false, depth, cs);
        }

        if (vr == DicomVR.UN && !_explicitVR && LooksLikeItem(valueEnd))
        {
            // An unknown implicit VR element that starts with an item tag is most likely a private sequence.
            var valueStart = _position;
            try
            {
                return ReadSequence(tag, valueEnd, undefinedLength: false, depth, cs);
            }
            catch (DicomFormatException)
            {
                _position = valueStart;
            }
        }

        if (vr == DicomVR.UN && _explicitVR && _littleEndian && length > 0)
        {
            // A known tag sent as UN (PS3.5 §6.2.2 note): its value is little endian; restore the dictionary VR.
            var dictionaryVR = DicomVRResolver.ImplicitVR(tag);
            if (dictionaryVR != DicomVR.UN && dictionaryVR != DicomVR.SQ)
            {
                vr = dictionaryVR;
            }
        }

        var value = _memory.Slice(_position, (int)length);
        _position = valueEnd;
        if (!_littleEndian && vr.UnitSize > 1)
        {
            value = SwapToLittleEndian(value.Span, vr.UnitSize);
        }

        return new DicomElement(tag, vr, value, cs);
    }

    private DicomItem ReadUndefinedLength(DicomTag tag, DicomVR vr, int end, int depth, DicomCharacterSet cs, int start)
    {
        if (vr == DicomVR.SQ || (!_explicitVR && vr != DicomVR.OB && vr != DicomVR.OW))
        {
            // In implicit VR an undefined length can only mean a sequence (or encapsulated OB/OW data).
            return ReadSequence(tag, end, undefinedLength: true, depth, cs);
        }

        if (vr == DicomVR.UN)
        {
            // Explicit VR UN of undefined length holds an implicit VR little endian sequence (PS3.5 §6.2.2).
            var (wasExplicit, wasLittle) = (_explicitVR, _littleEndian);
            (_explicitVR, _littleEndian) = (false, true);
            try
            {
                return ReadSequence(tag, end, undefinedLength: true, depth, cs);
            }
            finally
            {
                (_explicitVR, _littleEndian) = (wasExplicit, wasLittle);
            }
        }

        if (vr == DicomVR.OB || vr == DicomVR.OW)
        {
            return ReadFragments(tag, vr, end);
        }

        Fail($"Undefined length on a {vr.Code} element (only SQ, UN and encapsulated OB/OW may have it)", tag, start);
        return null!;
    }
}
