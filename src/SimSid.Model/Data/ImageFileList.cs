namespace SimSid.Model.Data;

/// <summary>
/// Reads the file lists a model directory keeps (<c>train-files.txt</c>, <c>validation-files.txt</c>): one line per
/// image, <c>NORMAL</c> or <c>ABNORMAL</c>, a tab, and the path relative to the folder the model was trained from.
/// </summary>
public static class ImageFileList
{
    /// <summary>The images of the list at <paramref name="listPath"/>, their paths resolved under <paramref name="root"/>.</summary>
    /// <exception cref="InvalidDataException">A line is not <c>LABEL&lt;tab&gt;path</c>; the message names the line.</exception>
    public static IReadOnlyList<LabelledImage> Read(string listPath, string root)
    {
        var items = new List<LabelledImage>();
        var number = 0;
        foreach (var line in File.ReadLines(listPath))
        {
            number++;
            if (line.Length == 0)
            {
                continue;
            }

            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            var label = tab > 0 ? line[..tab] : "";
            if (label is not ("NORMAL" or "ABNORMAL") || tab == line.Length - 1)
            {
                throw new InvalidDataException($"{listPath}, line {number}: expected NORMAL or ABNORMAL, a tab and a path.");
            }

            items.Add(new LabelledImage(Path.Combine(root, line[(tab + 1)..]), label == "ABNORMAL"));
        }

        return items;
    }
}
