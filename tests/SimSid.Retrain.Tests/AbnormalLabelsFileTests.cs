using SimSid.Retrain.Selection;
using SimSid.Testing;

namespace SimSid.Retrain.Tests;

public sealed class AbnormalLabelsFileTests
{
    [Fact]
    public void Read_CsvWithHeaderCommentsAndLabels_ReturnsAbnormalStudies()
    {
        using var temp = new TempDirectory("simsid-retrain");
        var path = temp.Combine("labels.csv");
        File.WriteAllText(path, "StudyInstanceUID,label\n# reviewed\n1.2.3,abnormal\n1.2.4,normal\n\"1.2.5\"\n1.2.6,0\n1.2.7,PNEUMONIA\n");

        var studies = AbnormalLabelsFile.Read(path);

        Assert.Equal(["1.2.3", "1.2.5", "1.2.7"], studies.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Read_NonUidAfterFirstLine_ThrowsWithLineNumber()
    {
        using var temp = new TempDirectory("simsid-retrain");
        var path = temp.Combine("labels.csv");
        File.WriteAllText(path, "1.2.3\nPatient Name\n");

        var error = Assert.Throws<InvalidDataException>(() => AbnormalLabelsFile.Read(path));

        Assert.Contains(":2:", error.Message, StringComparison.Ordinal);
    }
}
