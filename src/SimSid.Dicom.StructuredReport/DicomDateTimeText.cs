using System.Globalization;

namespace SimSid.Dicom.StructuredReport;

/// <summary>DA, TM and Timezone Offset From UTC texts of a point in time (PS3.5 §6.2), in its own offset.</summary>
internal static class DicomDateTimeText
{
    public static string Date(DateTimeOffset value) => value.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    public static string Time(DateTimeOffset value) => value.ToString("HHmmss.ffffff", CultureInfo.InvariantCulture);

    /// <summary>"+hhmm" or "-hhmm", as Timezone Offset From UTC (0008,0201) requires.</summary>
    public static string Offset(DateTimeOffset value)
    {
        var offset = value.Offset;
        var sign = offset < TimeSpan.Zero ? "-" : "+";
        var abs = offset.Duration();
        return string.Create(CultureInfo.InvariantCulture, $"{sign}{abs.Hours:00}{abs.Minutes:00}");
    }
}
