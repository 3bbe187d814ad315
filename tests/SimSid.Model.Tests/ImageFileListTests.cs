using SimSid.Model.Data;
using SimSid.Model.Training;
using SimSid.Testing;

namespace SimSid.Model.Tests;

public sealed class ImageFileListTests
{
    [Fact]
    public void Read_WhatTheExporterWrites_GivesTheSameImagesUnderTheRoot()
    {
        using var temp = new TempDirectory("simsid-list");
        var root = temp.Combine("data");
        var items = new[] { new LabelledImage(Path.Combine(root, "PNEUMONIA", "b.png"), true), new LabelledImage(Path.Combine(root, "NORMAL", "a.png"), false) };
        var list = temp.Combine("train-files.txt");
        File.WriteAllText(list, ModelExporter.FileList(items, root));

        var read = ImageFileList.Read(list, root);

        Assert.Equal(items.OrderBy(i => i.Path, StringComparer.Ordinal), read);
    }

    [Theory]
    [InlineData("NORMAL a.png")]
    [InlineData("MAYBE\ta.png")]
    [InlineData("NORMAL\t")]
    public void Read_LineThatIsNotALabelATabAndAPath_NamesTheLine(string bad)
    {
        using var temp = new TempDirectory("simsid-list");
        var list = temp.Combine("train-files.txt");
        File.WriteAllText(list, "NORMAL\tNORMAL/a.png\n" + bad + "\n");

        var error = Assert.Throws<InvalidDataException>(() => ImageFileList.Read(list, temp.Path));

        Assert.Contains("line 2", error.Message, StringComparison.Ordinal);
    }
}
