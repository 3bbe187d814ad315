using System.Buffers.Binary;
using System.Globalization;

namespace SimSid.Dicom;

/// <summary>Reads and writes single values of binary VRs and converts them (and numeric strings) to CLR types.</summary>
internal static class DicomValueConverter
{
    /// <summary>Bytes per value (AT values are two 16-bit units).</summary>
    public static int ValueSize(DicomVR vr) => vr == DicomVR.AT ? 4 : vr.UnitSize;

    public static T Convert<T>(DicomElement element, int index)
    {
        var strings = element.VR.IsString ? element.GetStrings() : null;
        var count = strings?.Length ?? element.Count;
        if (index < 0 || index >= count)
        {
            throw new DicomDataException(element.Tag, string.Create(
                CultureInfo.InvariantCulture, $"Value index {index} is out of range: the element has {count} value(s)"));
        }

        if (typeof(T) == typeof(string))
        {
            return (T)(object)(strings is not null ? strings[index] : element.FormatBinary(index));
        }

        if (!element.VR.IsString)
        {
            var span = element.Buffer.Span;
            if (typeof(T) == typeof(ushort) && element.VR.UnitSize == 2 && element.VR != DicomVR.AT)
            {
                return (T)(object)BinaryPrimitives.ReadUInt16LittleEndian(span[(index * 2)..]);
            }

            if (typeof(T) == typeof(DicomTag) && element.VR == DicomVR.AT)
            {
                return (T)(object)new DicomTag(
                    BinaryPrimitives.ReadUInt16LittleEndian(span[(index * 4)..]),
                    BinaryPrimitives.ReadUInt16LittleEndian(span[((index * 4) + 2)..]));
            }

            return ChangeType<T>(element, ReadBinary(element, index));
        }

        var text = strings![index];
        if (typeof(T) == typeof(double) || typeof(T) == typeof(float) || typeof(T) == typeof(decimal))
        {
            if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d))
            {
                throw new DicomDataException(element.Tag, $"'{text}' is not a decimal number");
            }

            return ChangeType<T>(element, d);
        }

        if (long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var l))
        {
            return ChangeType<T>(element, l);
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var whole) && whole == Math.Floor(whole))
        {
            return ChangeType<T>(element, whole);
        }

        throw new DicomDataException(element.Tag, $"'{text}' is not a number of type {typeof(T).Name}");
    }

    public static object ReadBinary(DicomElement element, int index)
    {
        var vr = element.VR;
        var span = element.Buffer.Span[(index * ValueSize(vr))..];
        return vr.Code switch
        {
            "US" or "OW" => BinaryPrimitives.ReadUInt16LittleEndian(span),
            "SS" => BinaryPrimitives.ReadInt16LittleEndian(span),
            "UL" or "OL" => BinaryPrimitives.ReadUInt32LittleEndian(span),
            "SL" => BinaryPrimitives.ReadInt32LittleEndian(span),
            "FL" or "OF" => BinaryPrimitives.ReadSingleLittleEndian(span),
            "FD" or "OD" => BinaryPrimitives.ReadDoubleLittleEndian(span),
            "SV" => BinaryPrimitives.ReadInt64LittleEndian(span),
            "UV" or "OV" => BinaryPrimitives.ReadUInt64LittleEndian(span),
            "AT" => ((uint)BinaryPrimitives.ReadUInt16LittleEndian(span) << 16) | BinaryPrimitives.ReadUInt16LittleEndian(span[2..]),
            _ => span[0],
        };
    }

    public static void WriteBinary(DicomVR vr, Span<byte> target, string text)
    {
        var inv = CultureInfo.InvariantCulture;
        try
        {
            switch (vr.Code)
            {
                case "US" or "OW": BinaryPrimitives.WriteUInt16LittleEndian(target, ushort.Parse(text, inv)); break;
                case "SS": BinaryPrimitives.WriteInt16LittleEndian(target, short.Parse(text, inv)); break;
                case "UL" or "OL": BinaryPrimitives.WriteUInt32LittleEndian(target, uint.Parse(text, inv)); break;
                case "SL": BinaryPrimitives.WriteInt32LittleEndian(target, int.Parse(text, inv)); break;
                case "FL" or "OF": BinaryPrimitives.WriteSingleLittleEndian(target, float.Parse(text, inv)); break;
                case "FD" or "OD": BinaryPrimitives.WriteDoubleLittleEndian(target, double.Parse(text, inv)); break;
                case "SV": BinaryPrimitives.WriteInt64LittleEndian(target, long.Parse(text, inv)); break;
                case "UV" or "OV": BinaryPrimitives.WriteUInt64LittleEndian(target, ulong.Parse(text, inv)); break;
                case "AT":
                    var tag = DicomTag.Parse(text);
                    BinaryPrimitives.WriteUInt16LittleEndian(target, tag.Group);
                    BinaryPrimitives.WriteUInt16LittleEndian(target[2..], tag.Element);
                    break;
                default: target[0] = byte.Parse(text, inv); break;
            }
        }
        catch (FormatException ex)
        {
            throw new DicomDataException($"'{text}' is not a valid {vr.Code} value.", ex);
        }
        catch (OverflowException ex)
        {
            throw new DicomDataException($"'{text}' is out of range for {vr.Code}.", ex);
        }
    }

    private static T ChangeType<T>(DicomElement element, object value)
    {
        try
        {
            return (T)System.Convert.ChangeType(value, typeof(T), CultureInfo.InvariantCulture);
        }
        catch (Exception ex) when (ex is InvalidCastException or OverflowException or FormatException)
        {
            throw new DicomDataException(element.Tag, $"The value {value} cannot be read as {typeof(T).Name}", ex);
        }
    }
}
