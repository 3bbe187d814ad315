using System.Globalization;
using System.Text;
using SimSid.Dicom.Imaging;
using SimSid.Testing;

namespace SimSid.Dicom.Tests.Imaging;

/// <summary>
/// Our rendering (modality rescale, VOI window, MONOCHROME1 inversion) against dcmtk's dcm2pnm, an independent
/// implementation of the same PS3.3 / PS3.4 rules, compared on 8-bit output within one grey level.
/// </summary>
public sealed class DcmtkRenderingTests
{
    [Theory]
    [InlineData("MONOCHROME2", false, 2000, 3000)]
    [InlineData("MONOCHROME1", false, 1500, 1001)]
    [InlineData("MONOCHROME2", true, 0, 2500)]
    [InlineData("MONOCHROME1", true, -300, 1200)]
    public void ToGrayImage_WithWindow_WithinOneGreyLevelOfDcm2pnm(string photometric, bool isSigned, int center, int width)
    {
        using var temp = new TempDirectory();
        var path = DcmtkImage.CreateNative(temp, "render", DcmtkImage.Pattern(12, isSigned), 16, 12, isSigned, photometric);
        var pgm = temp.Combine("render.pgm");
        ExternalTool.RunChecked("dcm2pnm", "+Ww", center.ToString(CultureInfo.InvariantCulture), width.ToString(CultureInfo.InvariantCulture), path, pgm);

        var ours = DicomPixelPipeline.ToGrayImage(DicomFile.Open(path).Dataset.WithWindow(center, width), null);

        AssertWithinOneLevel(ReadPgm(pgm), ours.Pixels);
    }

    [SharedDataFact]
    public void ToGrayImage_CrMonochrome1WithItsWindow_WithinOneGreyLevelOfDcm2pnm()
    {
        using var temp = new TempDirectory();
        var path = SharedData.Path("dicom", "CR-MONO1-10-chest.dcm");
        var pgm = temp.Combine("cr.pgm");
        ExternalTool.RunChecked("dcm2pnm", "+Wi", "1", path, pgm);

        var ours = DicomPixelPipeline.ToGrayImage(DicomFile.Open(path), null);

        AssertWithinOneLevel(ReadPgm(pgm), ours.Pixels);
    }

    private static void AssertWithinOneLevel(byte[] dcmtk, float[] ours)
    {
        Assert.Equal(dcmtk.Length, ours.Length);
        var worst = 0;
        for (var i = 0; i < ours.Length; i++)
        {
            worst = Math.Max(worst, Math.Abs((int)MathF.Round(ours[i] * 255f) - dcmtk[i]));
        }

        Assert.True(worst <= 1, $"largest difference from dcm2pnm is {worst} grey levels");
    }

    /// <summary>Reads a binary 8-bit PGM (P5) as written by dcm2pnm.</summary>
    private static byte[] ReadPgm(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var fields = new List<string>();
        var pos = 0;
        while (fields.Count < 4)
        {
            while (char.IsWhiteSpace((char)bytes[pos]))
            {
                pos++;
            }

            var start = pos;
            while (!char.IsWhiteSpace((char)bytes[pos]))
            {
                pos++;
            }

            fields.Add(Encoding.ASCII.GetString(bytes, start, pos - start));
        }

        Assert.Equal("P5", fields[0]);
        Assert.Equal("255", fields[3]);
        var count = int.Parse(fields[1], CultureInfo.InvariantCulture) * int.Parse(fields[2], CultureInfo.InvariantCulture);
        return bytes.AsSpan(pos + 1, count).ToArray();
    }
}
