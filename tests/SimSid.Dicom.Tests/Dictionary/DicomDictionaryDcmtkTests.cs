using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using SimSid.Dicom;
using SimSid.Testing;

namespace SimSid.Dicom.Tests.Dictionary;

/// <summary>
/// Peer check against dcmtk: a file holding one element for most dictionary entries is written by dump2dcm
/// and dumped by dcmdump, and dcmtk's attribute name for every element must be our PS3.6 keyword.
/// </summary>
public sealed partial class DicomDictionaryDcmtkTests
{
    private static readonly Dictionary<string, string> SampleValues = new(StringComparer.Ordinal)
    {
        ["AE"] = "[AET]", ["AS"] = "[030Y]", ["CS"] = "[A]", ["DA"] = "[20240101]", ["DS"] = "[1.5]",
        ["DT"] = "[20240101120000]", ["FD"] = "1.5", ["FL"] = "1.5", ["IS"] = "[7]", ["LO"] = "[x]", ["LT"] = "[x]",
        ["OB"] = "01\\02", ["OW"] = "0102", ["PN"] = "[A^B]", ["SH"] = "[x]", ["SL"] = "-1", ["SS"] = "-1",
        ["ST"] = "[x]", ["TM"] = "[120000]", ["UC"] = "[x]", ["UI"] = "[1.2.3]", ["UL"] = "1", ["UR"] = "[http://a/]",
        ["US"] = "1", ["UT"] = "[x]",
    };

    [Fact]
    public void Dcmdump_NamesOfOurEntries_AreOurKeywords()
    {
        var expected = new Dictionary<DicomTag, string>();
        var dump = new StringBuilder();
        foreach (var entry in DicomDictionary.Entries)
        {
            var tag = entry.Tag;
            if (tag.Group is 0x0002 or 0xFFFC or 0xFFFE || entry.Pattern.IndexOf('x', 5) > 0
                || entry.ValueRepresentations.Length == 0
                || !SampleValues.TryGetValue(entry.ValueRepresentations[0].Code, out var value))
            {
                // Not sampled: the meta header, trailing padding and items (dcmtk parses them specially),
                // entries repeating in the element number (dcmtk lists one instance of its own choosing),
                // sequences, and binary VRs that dump2dcm cannot write from text.
                continue;
            }

            dump.Append(CultureInfo.InvariantCulture, $"{tag} {entry.ValueRepresentations[0].Code} {value}\n");
            expected.Add(tag, entry.Keyword);
        }

        using var dir = new TempDirectory("dict-dcmtk");
        File.WriteAllText(dir.Combine("all.dump"), dump.ToString());
        ExternalTool.RunChecked("dump2dcm", "-q", dir.Combine("all.dump"), dir.Combine("all.dcm"));
        var output = ExternalTool.RunChecked("dcmdump", "-q", "+L", dir.Combine("all.dcm")).StandardOutput;

        var seen = new Dictionary<DicomTag, string>();
        foreach (Match m in DumpLine().Matches(output))
        {
            seen[DicomTag.Parse(m.Groups["tag"].Value)] = m.Groups["name"].Value.Trim();
        }

        Assert.True(expected.Count > 3000, $"only {expected.Count} entries were sampled");
        var mismatches = expected
            .Where(kv => !seen.TryGetValue(kv.Key, out var name) || NormaliseDcmtkName(name) != kv.Value)
            .Select(kv => $"{kv.Key} ours {kv.Value}, dcmtk {(seen.TryGetValue(kv.Key, out var n) ? n : "(missing)")}")
            .ToList();
        Assert.True(mismatches.Count == 0, string.Join('\n', mismatches.Take(40)));
    }

    /// <summary>dcmtk prefixes retired attributes with "RETIRED_"; the PS3.6 keyword has no prefix.</summary>
    private static string NormaliseDcmtkName(string name) =>
        name.StartsWith("RETIRED_", StringComparison.Ordinal) ? name["RETIRED_".Length..] : name;

    [GeneratedRegex(@"^\((?<tag>[0-9a-fA-F]{4},[0-9a-fA-F]{4})\) [A-Za-z?]{2} .*#\s*\d+,\s*\S+\s+(?<name>.+)$", RegexOptions.Multiline)]
    private static partial Regex DumpLine();
}
