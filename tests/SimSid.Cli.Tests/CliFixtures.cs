using System.Globalization;
using System.Text;
using SimSid.Testing;

namespace SimSid.Cli.Tests;

/// <summary>Small CR files made with dcmtk's dump2dcm (an independent writer), with recognisable patient data.</summary>
internal static class CliFixtures
{
    public const int Rows = 40;
    public const int Columns = 60;
    public const string PatientName = "Doe^Jane";
    public const string PatientId = "PID-314159";
    public const string PatientBirthDate = "19700101";

    public static string SopInstanceUid(string name) => "1.2.826.0.1.3680043.2.1143.99." + (name[0] - 'a' + 1).ToString(CultureInfo.InvariantCulture);

    /// <summary>A MONOCHROME1 CR whose left half has stored value 100 and right half 4000.</summary>
    public static string CreateCr(TempDirectory temp, string name)
    {
        var raw = temp.Combine(name + ".raw");
        var bytes = new byte[Rows * Columns * 2];
        for (var y = 0; y < Rows; y++)
        {
            for (var x = 0; x < Columns; x++)
            {
                var value = x < Columns / 2 ? 100 : 4000;
                bytes[2 * ((y * Columns) + x)] = (byte)value;
                bytes[(2 * ((y * Columns) + x)) + 1] = (byte)(value >> 8);
            }
        }

        File.WriteAllBytes(raw, bytes);
        var dump = new StringBuilder()
            .AppendLine("(0008,0016) UI =ComputedRadiographyImageStorage")
            .AppendLine(CultureInfo.InvariantCulture, $"(0008,0018) UI [{SopInstanceUid(name)}]")
            .AppendLine("(0008,0060) CS [CR]")
            .AppendLine(CultureInfo.InvariantCulture, $"(0010,0010) PN [{PatientName}]")
            .AppendLine(CultureInfo.InvariantCulture, $"(0010,0020) LO [{PatientId}]")
            .AppendLine(CultureInfo.InvariantCulture, $"(0010,0030) DA [{PatientBirthDate}]")
            .AppendLine("(0018,0015) CS [CHEST]")
            .AppendLine("(0018,5101) CS [PA]")
            .AppendLine("(0020,000d) UI [1.2.826.0.1.3680043.2.1143.99.100]")
            .AppendLine("(0020,000e) UI [1.2.826.0.1.3680043.2.1143.99.101]")
            .AppendLine("(0028,0002) US 1")
            .AppendLine("(0028,0004) CS [MONOCHROME1]")
            .AppendLine(CultureInfo.InvariantCulture, $"(0028,0010) US {Rows}")
            .AppendLine(CultureInfo.InvariantCulture, $"(0028,0011) US {Columns}")
            .AppendLine("(0028,0100) US 16")
            .AppendLine("(0028,0101) US 12")
            .AppendLine("(0028,0102) US 11")
            .AppendLine("(0028,0103) US 0")
            .AppendLine(CultureInfo.InvariantCulture, $"(7fe0,0010) OW ={raw}")
            .ToString();
        var dumpPath = temp.Combine(name + ".dump");
        File.WriteAllText(dumpPath, dump);
        var path = temp.Combine(name + ".dcm");
        ExternalTool.RunChecked("dump2dcm", "+E", "+te", dumpPath, path);
        return path;
    }
}
