using System.Buffers.Binary;
using System.Globalization;

namespace SimSid.Dicom;

/// <summary>
/// An element with a value. The value bytes are held as stored, always in little-endian byte order (the big-endian
/// reader swaps them), and are usually a slice of the buffer the dataset was read from.
/// </summary>
public sealed class DicomElement : DicomItem
{
    public DicomElement(DicomTag tag, DicomVR vr, ReadOnlyMemory<byte> buffer, DicomCharacterSet? characterSet = null)
        : base(tag, vr)
    {
        Buffer = buffer;
        CharacterSet = characterSet ?? DicomCharacterSet.Default;
    }

    /// <summary>The value bytes, little-endian, possibly with a trailing padding byte.</summary>
    public ReadOnlyMemory<byte> Buffer { get; }

    /// <summary>The value length in bytes.</summary>
    public int Length => Buffer.Length;

    /// <summary>The character set used to decode text VRs (set from the dataset's Specific Character Set).</summary>
    public DicomCharacterSet CharacterSet { get; }

    /// <summary>The number of values: backslash-separated strings, or value bytes / unit size for binary VRs.</summary>
    public int Count
    {
        get
        {
            if (VR.IsString)
            {
                return Buffer.IsEmpty ? 0 : GetStrings().Length;
            }

            return Buffer.Length / DicomValueConverter.ValueSize(VR);
        }
    }

    /// <summary>Creates a string-valued element (values joined with backslash, padded to even length).</summary>
    public static DicomElement FromStrings(DicomTag tag, DicomVR vr, DicomCharacterSet? characterSet, params string[] values)
    {
        ArgumentNullException.ThrowIfNull(vr);
        ArgumentNullException.ThrowIfNull(values);
        var cs = characterSet ?? DicomCharacterSet.Default;
        if (!vr.IsString)
        {
            return FromNumbers(tag, vr, values);
        }

        var text = string.Join('\\', values);
        var bytes = vr.UsesCharacterSet ? cs.Encode(text) : System.Text.Encoding.ASCII.GetBytes(text);
        return new DicomElement(tag, vr, PadToEven(bytes, vr.PaddingByte), cs);
    }

    /// <summary>Creates an element from little-endian bytes (padded with the VR's padding byte when odd).</summary>
    public static DicomElement FromBytes(DicomTag tag, DicomVR vr, byte[] littleEndianBytes)
    {
        ArgumentNullException.ThrowIfNull(vr);
        ArgumentNullException.ThrowIfNull(littleEndianBytes);
        return new DicomElement(tag, vr, PadToEven(littleEndianBytes, vr.PaddingByte));
    }

    /// <summary>The value as text: decoded with the character set, padding trimmed; binary values joined with '\'.</summary>
    public string GetString()
    {
        if (!VR.IsString && VR != DicomVR.UN)
        {
            return string.Join('\\', Enumerable.Range(0, Count).Select(i => FormatBinary(i)));
        }

        var text = VR.UsesCharacterSet || VR == DicomVR.UN ? CharacterSet.Decode(Buffer.Span) : DecodeAscii(Buffer.Span);
        text = text.TrimEnd(' ', '\0');
        return VR == DicomVR.ST || VR == DicomVR.LT || VR == DicomVR.UT ? text : text.TrimStart(' ');
    }

    /// <summary>The values split at backslashes, each trimmed of padding.</summary>
    public string[] GetStrings()
    {
        if (!VR.IsString)
        {
            return [.. Enumerable.Range(0, Count).Select(i => FormatBinary(i))];
        }

        var text = GetString();
        if (text.Length == 0)
        {
            return [];
        }

        if (!VR.IsMultiValuedString)
        {
            return [text];
        }

        return text.Split('\\', StringSplitOptions.TrimEntries);
    }

    /// <summary>
    /// The value at <paramref name="index"/> as <typeparamref name="T"/> (ushort, short, uint, int, long, float, double,
    /// byte, string, DicomTag). String VRs (IS, DS, ...) are parsed invariantly.
    /// </summary>
    public T GetValue<T>(int index = 0) => DicomValueConverter.Convert<T>(this, index);

    internal override DicomItem DeepClone() => this;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Tag} {VR.Code} [{Length} bytes]");

    internal string FormatBinary(int index)
    {
        var span = Buffer.Span;
        if (VR == DicomVR.AT)
        {
            var group = BinaryPrimitives.ReadUInt16LittleEndian(span[(index * 4)..]);
            var element = BinaryPrimitives.ReadUInt16LittleEndian(span[((index * 4) + 2)..]);
            return new DicomTag(group, element).ToString();
        }

        return DicomValueConverter.ReadBinary(this, index) switch
        {
            double d => d.ToString("R", CultureInfo.InvariantCulture),
            float f => f.ToString("R", CultureInfo.InvariantCulture),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            var other => other.ToString() ?? string.Empty,
        };
    }

    private static string DecodeAscii(ReadOnlySpan<byte> bytes) => System.Text.Encoding.Latin1.GetString(bytes);

    private static byte[] PadToEven(byte[] bytes, byte padding)
    {
        if ((bytes.Length & 1) == 0)
        {
            return bytes;
        }

        var padded = new byte[bytes.Length + 1];
        bytes.CopyTo(padded, 0);
        padded[^1] = padding;
        return padded;
    }

    private static DicomElement FromNumbers(DicomTag tag, DicomVR vr, string[] values)
    {
        var size = DicomValueConverter.ValueSize(vr);
        var bytes = new byte[values.Length * size];
        for (var i = 0; i < values.Length; i++)
        {
            DicomValueConverter.WriteBinary(vr, bytes.AsSpan(i * size, size), values[i]);
        }

        return new DicomElement(tag, vr, PadToEven(bytes, 0));
    }
}
