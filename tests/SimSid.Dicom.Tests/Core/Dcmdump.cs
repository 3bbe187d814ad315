using System.Text.RegularExpressions;
using SimSid.Testing;

namespace SimSid.Dicom.Tests.Core;

/// <summary>Runs dcmtk's dcmdump and extracts element values from its output.</summary>
internal static partial class Dcmdump
{
    /// <summary>
    /// Dumps a file (all long values, UIDs as numbers); fails the test when dcmdump reports an error, or with
    /// <paramref name="strict"/> any warning (for files we wrote).
    /// </summary>
    public static string Run(string path, bool strict = false)
    {
        var result = ExternalTool.Run("dcmdump", "+L", "-Un", path);
        Assert.True(result.ExitCode == 0, $"dcmdump exited {result.ExitCode}: {result.Combined}");
        Assert.DoesNotContain("E: ", result.StandardError, StringComparison.Ordinal);
        if (strict)
        {
            Assert.True(result.StandardError.Length == 0, $"dcmdump warned: {result.StandardError}");
        }

        return result.StandardOutput;
    }

    /// <summary>The value dcmdump prints for the first occurrence of a tag (brackets removed), or null.</summary>
    public static string? Value(string dump, DicomTag tag)
    {
        var needle = $"({tag.Group:x4},{tag.Element:x4})";
        foreach (var line in dump.Split('\n'))
        {
            var trimmed = line.TrimStart();
            if (!trimmed.StartsWith(needle, StringComparison.Ordinal))
            {
                continue;
            }

            var match = LineRegex().Match(trimmed);
            if (!match.Success)
            {
                return null;
            }

            var value = match.Groups["value"].Value.Trim();
            return value.StartsWith('[') && value.EndsWith(']') ? value[1..^1] : value;
        }

        return null;
    }

    [GeneratedRegex(@"^\([0-9a-f]{4},[0-9a-f]{4}\) [A-Z]{2} (?<value>.*?)\s+#\s*\d+,", RegexOptions.CultureInvariant)]
    private static partial Regex LineRegex();
}
