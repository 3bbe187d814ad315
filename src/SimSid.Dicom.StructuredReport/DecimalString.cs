using System.Globalization;

namespace SimSid.Dicom.StructuredReport;

/// <summary>Formats numbers as Decimal String (DS) values: at most 16 characters, invariant culture (PS3.5 §6.2).</summary>
internal static class DecimalString
{
    private const int MaxLength = 16;

    public static string Format(double value)
    {
        var shortest = value.ToString("R", CultureInfo.InvariantCulture);
        if (shortest.Length <= MaxLength && !shortest.Contains('E', StringComparison.Ordinal))
        {
            return shortest;
        }

        // Fewer significant digits until it fits; "G" switches to exponent form for very large/small values.
        for (var digits = 15; digits > 0; digits--)
        {
            var text = value.ToString("G" + digits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
            if (text.Length <= MaxLength)
            {
                return text;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(value), value, "The value cannot be written as a 16-character decimal string.");
    }

    public static bool IsExact(string text, double value) =>
        double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture).Equals(value);
}
