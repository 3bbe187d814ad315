namespace SimSid.Retrain.Selection;

/// <summary>
/// The optional labels file: CSV, one study per line, <c>StudyInstanceUID[,label]</c>. A line without a label, or with
/// a label other than <c>normal</c>/<c>0</c>/<c>false</c>, marks the study abnormal. Blank lines, <c>#</c> comments and a
/// header line (first field not a UID) are skipped.
/// </summary>
public static class AbnormalLabelsFile
{
    public static IReadOnlySet<string> Read(string path)
    {
        var studies = new HashSet<string>(StringComparer.Ordinal);
        var lineNumber = 0;
        foreach (var raw in File.ReadLines(path))
        {
            lineNumber++;
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var fields = line.Split(',', StringSplitOptions.TrimEntries);
            var uid = fields[0].Trim('"');
            if (!IsUid(uid))
            {
                if (lineNumber == 1)
                {
                    continue;
                }

                throw new InvalidDataException($"{path}:{lineNumber}: '{uid}' is not a study instance UID.");
            }

            var label = fields.Length > 1 ? fields[1].Trim('"') : "abnormal";
            if (label is "0" || label.Equals("normal", StringComparison.OrdinalIgnoreCase) || label.Equals("false", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            studies.Add(uid);
        }

        return studies;
    }

    private static bool IsUid(string value) =>
        value.Length is > 0 and <= 64 && value.All(c => c is '.' || char.IsAsciiDigit(c));
}
