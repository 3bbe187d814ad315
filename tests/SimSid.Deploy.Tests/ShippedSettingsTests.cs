using System.Text.Json;
using System.Text.RegularExpressions;

namespace SimSid.Deploy.Tests;

/// <summary>
/// The shipped src/SimSid/appsettings.json (copied beside the executable) names only documented configuration keys,
/// each with the default docs/configuration.md gives, so editing it starts from the documented behaviour.
/// </summary>
public sealed partial class ShippedSettingsTests
{
    [Fact]
    public void ShippedAppSettings_EveryKey_IsDocumentedWithTheSameDefault()
    {
        var settings = JsonDocument.Parse(File.ReadAllText(Path.Combine(DeployTools.RepositoryRoot, "src", "SimSid", "appsettings.json")));
        var documented = DocumentedDefaults(File.ReadAllText(Path.Combine(DeployTools.RepositoryRoot, "docs", "configuration.md")));
        var leaves = Leaves(settings.RootElement, "").ToList();

        Assert.True(leaves.Count > 40, $"only {leaves.Count} keys");
        Assert.All(leaves, leaf =>
        {
            Assert.True(documented.TryGetValue(leaf.Key, out var defaultText), $"{leaf.Key} is not in docs/configuration.md");
            var expected = defaultText.StartsWith('`') ? defaultText.Trim('`') : "";
            Assert.True(string.Equals(expected, leaf.Value, StringComparison.OrdinalIgnoreCase), $"{leaf.Key}: appsettings.json has '{leaf.Value}', the documented default is {defaultText}");
        });
    }

    private static Dictionary<string, string> DocumentedDefaults(string markdown) =>
        TableRow().Matches(markdown).ToDictionary(m => m.Groups["key"].Value, m => m.Groups["default"].Value.Trim(), StringComparer.Ordinal);

    private static IEnumerable<KeyValuePair<string, string>> Leaves(JsonElement element, string prefix)
    {
        foreach (var property in element.EnumerateObject())
        {
            var key = prefix.Length == 0 ? property.Name : $"{prefix}:{property.Name}";
            if (property.Value.ValueKind == JsonValueKind.Object)
            {
                foreach (var leaf in Leaves(property.Value, key))
                {
                    yield return leaf;
                }
            }
            else
            {
                yield return new(key, property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString()! : property.Value.GetRawText());
            }
        }
    }

    [GeneratedRegex(@"^\| `(?<key>[A-Za-z:]+)` \| [^|]*\| (?<default>[^|]*)\|", RegexOptions.Multiline)]
    private static partial Regex TableRow();
}
