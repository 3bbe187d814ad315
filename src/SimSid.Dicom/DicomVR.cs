using System.Diagnostics.CodeAnalysis;

namespace SimSid.Dicom;

/// <summary>A DICOM value representation (PS3.5 §6.2) and the encoding facts the readers and writers need.</summary>
public sealed class DicomVR
{
    private static readonly Dictionary<string, DicomVR> ByCode = new(StringComparer.Ordinal);

    public static readonly DicomVR AE = new("AE", false, true, 1, 16);
    public static readonly DicomVR AS = new("AS", false, true, 1, 4);
    public static readonly DicomVR AT = new("AT", false, false, 2, 4);
    public static readonly DicomVR CS = new("CS", false, true, 1, 16);
    public static readonly DicomVR DA = new("DA", false, true, 1, 18);
    public static readonly DicomVR DS = new("DS", false, true, 1, 16);
    public static readonly DicomVR DT = new("DT", false, true, 1, 54);
    public static readonly DicomVR FL = new("FL", false, false, 4, 4);
    public static readonly DicomVR FD = new("FD", false, false, 8, 8);
    public static readonly DicomVR IS = new("IS", false, true, 1, 12);
    public static readonly DicomVR LO = new("LO", false, true, 1, 64);
    public static readonly DicomVR LT = new("LT", false, true, 1, 10240);
    public static readonly DicomVR OB = new("OB", true, false, 1, 0);
    public static readonly DicomVR OD = new("OD", true, false, 8, 0);
    public static readonly DicomVR OF = new("OF", true, false, 4, 0);
    public static readonly DicomVR OL = new("OL", true, false, 4, 0);
    public static readonly DicomVR OV = new("OV", true, false, 8, 0);
    public static readonly DicomVR OW = new("OW", true, false, 2, 0);
    public static readonly DicomVR PN = new("PN", false, true, 1, 64);
    public static readonly DicomVR SH = new("SH", false, true, 1, 16);
    public static readonly DicomVR SL = new("SL", false, false, 4, 4);
    public static readonly DicomVR SQ = new("SQ", true, false, 1, 0);
    public static readonly DicomVR SS = new("SS", false, false, 2, 2);
    public static readonly DicomVR ST = new("ST", false, true, 1, 1024);
    public static readonly DicomVR SV = new("SV", true, false, 8, 8);
    public static readonly DicomVR TM = new("TM", false, true, 1, 28);
    public static readonly DicomVR UC = new("UC", true, true, 1, 0);
    public static readonly DicomVR UI = new("UI", false, true, 1, 64);
    public static readonly DicomVR UL = new("UL", false, false, 4, 4);
    public static readonly DicomVR UN = new("UN", true, false, 1, 0);
    public static readonly DicomVR UR = new("UR", true, true, 1, 0);
    public static readonly DicomVR US = new("US", false, false, 2, 2);
    public static readonly DicomVR UT = new("UT", true, true, 1, 0);
    public static readonly DicomVR UV = new("UV", true, false, 8, 8);

    private DicomVR(string code, bool hasLongLength, bool isString, int unitSize, int maxLength)
    {
        Code = code;
        HasLongLength = hasLongLength;
        IsString = isString;
        UnitSize = unitSize;
        MaxLength = maxLength;
        PaddingByte = isString && code != "UI" ? (byte)' ' : (byte)0;
        ByCode.Add(code, this);
    }

    /// <summary>The two-letter code, e.g. "US".</summary>
    public string Code { get; }

    /// <summary>True when explicit VR encoding uses 2 reserved bytes and a 4-byte length (PS3.5 Table 7.1-1).</summary>
    public bool HasLongLength { get; }

    /// <summary>The byte that pads an odd-length value to even length: space for text, NUL for UI and binary VRs.</summary>
    public byte PaddingByte { get; }

    /// <summary>True for character-string VRs.</summary>
    public bool IsString { get; }

    /// <summary>Bytes per value unit (1 for strings, OB and UN); the unit that byte order swaps apply to.</summary>
    public int UnitSize { get; }

    /// <summary>Maximum value length in bytes or characters per value (0 when unbounded or not fixed).</summary>
    public int MaxLength { get; }

    /// <summary>True for the text VRs whose bytes are decoded with the Specific Character Set (PS3.5 §6.1.2.3).</summary>
    public bool UsesCharacterSet => this == SH || this == LO || this == ST || this == LT || this == PN || this == UC || this == UT;

    /// <summary>True for string VRs whose values may be multiple, separated by backslash.</summary>
    public bool IsMultiValuedString => IsString && this != ST && this != LT && this != UT && this != UR;

    /// <summary>All defined VRs.</summary>
    public static IReadOnlyCollection<DicomVR> All => ByCode.Values;

    public static DicomVR Parse(string code) =>
        TryParse(code, out var vr) ? vr : throw new ArgumentException($"'{code}' is not a DICOM value representation.", nameof(code));

    public static bool TryParse(string? code, [NotNullWhen(true)] out DicomVR? vr)
    {
        vr = null;
        return code is not null && ByCode.TryGetValue(code, out vr);
    }

    /// <summary>Looks up a VR from its two code bytes as stored in an explicit VR element header.</summary>
    internal static DicomVR? FromBytes(byte first, byte second)
    {
        // Fast path without allocating a string: switch on the packed code.
        return ((first << 8) | second) switch
        {
            0x4145 => AE, 0x4153 => AS, 0x4154 => AT, 0x4353 => CS, 0x4441 => DA, 0x4453 => DS, 0x4454 => DT,
            0x464C => FL, 0x4644 => FD, 0x4953 => IS, 0x4C4F => LO, 0x4C54 => LT, 0x4F42 => OB, 0x4F44 => OD,
            0x4F46 => OF, 0x4F4C => OL, 0x4F56 => OV, 0x4F57 => OW, 0x504E => PN, 0x5348 => SH, 0x534C => SL,
            0x5351 => SQ, 0x5353 => SS, 0x5354 => ST, 0x5356 => SV, 0x544D => TM, 0x5543 => UC, 0x5549 => UI,
            0x554C => UL, 0x554E => UN, 0x5552 => UR, 0x5553 => US, 0x5554 => UT, 0x5556 => UV,
            _ => null,
        };
    }

    public override string ToString() => Code;
}
