using System.Text.Json;
using System.Text.RegularExpressions;

namespace SimSid.Deploy.Tests;

/// <summary>deploy/seq/templates: well-formed seqcli templates that select events the product really logs.</summary>
public sealed partial class SeqTemplateTests
{
    private static readonly string TemplateDirectory = Path.Combine(DeployTools.RepositoryRoot, "deploy", "seq", "templates");

    public static TheoryData<string> Templates()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(TemplateDirectory, "*.template").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Template_ParsesAsJson_WithEntityMatchingFileNameAndNoOwner(string fileName)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(TemplateDirectory, fileName)));
        var root = document.RootElement;

        var entity = root.GetProperty("$entity").GetString();
        Assert.Contains(entity, new[] { "signal", "dashboard", "sqlquery" });
        Assert.StartsWith(entity + "-", fileName, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(root.GetProperty("Title").GetString()));
        Assert.Equal(JsonValueKind.Null, root.GetProperty("OwnerId").ValueKind);
    }

    [Fact]
    public void Templates_EventIds_AreDefinedByTheProduct()
    {
        var defined = DefinedEventIds();
        var used = Directory.GetFiles(TemplateDirectory, "*.template")
            .SelectMany(f => EventIdReference().Matches(File.ReadAllText(f)))
            .SelectMany(m => m.Groups["ids"].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .Select(id => int.Parse(id, System.Globalization.CultureInfo.InvariantCulture))
            .ToHashSet();

        Assert.NotEmpty(used);
        Assert.Empty(used.Except(defined));
    }

    [Fact]
    public void Dashboard_Charts_CoverEveryMonitoredSubject()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(TemplateDirectory, "dashboard-simsid-triage.template")));
        var titles = document.RootElement.GetProperty("Charts").EnumerateArray()
            .Select(c => c.GetProperty("Title").GetString() ?? "")
            .ToList();

        foreach (var subject in new[] { "per AE", "scored and flagged", "Score distribution", "latency", "Delivery failures", "Retrain outcomes" })
        {
            Assert.Contains(titles, t => t.Contains(subject, StringComparison.Ordinal));
        }
    }

    /// <summary>
    /// Event ids declared in src: the constants of *EventId.cs classes and <c>[LoggerMessage(EventId = N)]</c> attributes.
    /// </summary>
    private static HashSet<int> DefinedEventIds()
    {
        var ids = new HashSet<int>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(DeployTools.RepositoryRoot, "src"), "*.cs", SearchOption.AllDirectories))
        {
            if (file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            {
                continue;
            }

            var text = File.ReadAllText(file);
            var matches = Path.GetFileName(file).Contains("EventId", StringComparison.Ordinal)
                ? ConstantValue().Matches(text).Concat(AttributeValue().Matches(text))
                : AttributeValue().Matches(text);
            foreach (var match in matches)
            {
                ids.Add(int.Parse(match.Groups["id"].Value, System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return ids;
    }

    [GeneratedRegex(@"EventId\.Id (?:= |in \[)(?<ids>[0-9, ]+)")]
    private static partial Regex EventIdReference();

    [GeneratedRegex(@"const int \w+ = (?<id>[0-9]+);")]
    private static partial Regex ConstantValue();

    [GeneratedRegex(@"EventId = (?<id>[0-9]+)[,)]")]
    private static partial Regex AttributeValue();
}
