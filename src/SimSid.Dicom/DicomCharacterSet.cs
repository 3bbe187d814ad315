using System.Text;

namespace SimSid.Dicom;

/// <summary>
/// The Specific Character Set (0008,0005) of a dataset (PS3.3 C.12.1.1.2, PS3.5 §6.1): the default repertoire,
/// ISO_IR 100 (Latin-1) and ISO_IR 192 (UTF-8). ISO 2022 code extensions are read leniently: escape sequences
/// are dropped and the remaining bytes decoded as Latin-1 (a superset of the default repertoire).
/// </summary>
public sealed class DicomCharacterSet
{
    /// <summary>The default repertoire (ISO-IR 6, ASCII). Bytes above 0x7F are decoded as Latin-1 rather than lost.</summary>
    public static readonly DicomCharacterSet Default = new(string.Empty, Encoding.Latin1, false);

    /// <summary>ISO_IR 100: Latin alphabet No. 1.</summary>
    public static readonly DicomCharacterSet Latin1 = new("ISO_IR 100", Encoding.Latin1, false);

    /// <summary>ISO_IR 192: Unicode in UTF-8.</summary>
    public static readonly DicomCharacterSet Utf8 = new("ISO_IR 192", new UTF8Encoding(false, false), false);

    private DicomCharacterSet(string term, Encoding encoding, bool usesCodeExtensions)
    {
        DefinedTerm = term;
        Encoding = encoding;
        UsesCodeExtensions = usesCodeExtensions;
    }

    /// <summary>The Specific Character Set value as written in the dataset ("" for the default repertoire).</summary>
    public string DefinedTerm { get; }

    /// <summary>True when the value named ISO 2022 code extensions (escape sequences are skipped on decode).</summary>
    public bool UsesCodeExtensions { get; }

    internal Encoding Encoding { get; }

    /// <summary>
    /// Maps a Specific Character Set value (possibly multi-valued, e.g. "\ISO 2022 IR 100") to a character set.
    /// Unknown terms fall back to the default repertoire rather than failing the whole dataset.
    /// </summary>
    public static DicomCharacterSet FromSpecificCharacterSet(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return Default;
        }

        var terms = value.Split('\\', StringSplitOptions.TrimEntries);
        var isExtension = terms.Length > 1 || terms[0].StartsWith("ISO 2022", StringComparison.Ordinal);
        foreach (var term in terms)
        {
            switch (term)
            {
                case "ISO_IR 192":
                    return Utf8;
                case "ISO_IR 100" when !isExtension:
                    return Latin1;
                case "ISO_IR 100" or "ISO 2022 IR 100":
                    return new DicomCharacterSet(value.Trim(), Encoding.Latin1, true);
                default:
                    break;
            }
        }

        return isExtension ? new DicomCharacterSet(value.Trim(), Encoding.Latin1, true) : Default;
    }

    /// <summary>Decodes text bytes, skipping ISO 2022 escape sequences when code extensions are in use.</summary>
    public string Decode(ReadOnlySpan<byte> bytes)
    {
        if (UsesCodeExtensions && bytes.Contains((byte)0x1B))
        {
            return Encoding.GetString(StripEscapes(bytes));
        }

        return Encoding.GetString(bytes);
    }

    /// <summary>Encodes text with this character set (characters it cannot represent become '?').</summary>
    public byte[] Encode(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Encoding.GetBytes(text);
    }

    public override string ToString() => DefinedTerm.Length == 0 ? "ISO_IR 6 (default)" : DefinedTerm;

    private static byte[] StripEscapes(ReadOnlySpan<byte> bytes)
    {
        var result = new List<byte>(bytes.Length);
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] != 0x1B)
            {
                result.Add(bytes[i]);
                continue;
            }

            // ESC, then intermediate bytes 0x20-0x2F, then one final byte 0x30-0x7E (ISO/IEC 2022 §13).
            i++;
            while (i < bytes.Length && bytes[i] >= 0x20 && bytes[i] <= 0x2F)
            {
                i++;
            }
        }

        return [.. result];
    }
}
