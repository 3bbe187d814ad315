using System.Reflection;
using System.Text.RegularExpressions;
using SimSid.Dicom;

namespace SimSid.Dicom.Tests.Dictionary;

/// <summary>Whole-registry invariants of the generated dictionary and the generated DicomTag fields.</summary>
public sealed partial class DicomDictionaryRegistryTests
{
    [Fact]
    public void Entries_Count_CoversTheWholeStandard()
    {
        // PS3.6 lists about five thousand data elements with keywords (2022b); a partial table would be far smaller.
        Assert.InRange(DicomDictionary.Entries.Count, 4900, 6000);
    }

    [Fact]
    public void Entries_Keywords_AreUniqueValidIdentifiers()
    {
        var keywords = DicomDictionary.Entries.Select(e => e.Keyword).ToList();

        Assert.All(keywords, k => Assert.Matches(IdentifierPattern(), k));
        Assert.Equal(keywords.Count, keywords.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Entries_Tags_AreUniqueAndSorted()
    {
        var tags = DicomDictionary.Entries.Select(e => e.Tag.Value).ToList();

        Assert.Equal(tags.Count, tags.Distinct().Count());
        Assert.Equal(tags.Order(), tags);
    }

    [Fact]
    public void Entries_Fields_AreWellFormed()
    {
        Assert.All(DicomDictionary.Entries, e =>
        {
            Assert.False(string.IsNullOrWhiteSpace(e.Name));
            Assert.Matches(MultiplicityPattern(), e.ValueMultiplicity);
            Assert.Equal(e.ValueRepresentations.Length, e.ValueRepresentations.Distinct().Count());
            if (e.Tag.Group != 0xFFFE)
            {
                Assert.NotEmpty(e.ValueRepresentations);
            }
        });
    }

    [Fact]
    public void Entries_EachTag_LooksUpToItself()
    {
        Assert.All(DicomDictionary.Entries, e => Assert.Same(e, DicomDictionary.Lookup(e.Tag)));
    }

    [Fact]
    public void Entries_EachKeyword_ResolvesToItsTag()
    {
        Assert.All(DicomDictionary.Entries, e =>
        {
            Assert.True(DicomDictionary.TryGetTag(e.Keyword, out var tag));
            Assert.Equal(e.Tag, tag);
        });
    }

    [Fact]
    public void GeneratedFields_MatchTheRegistryOneToOne()
    {
        var fields = typeof(DicomTag)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DicomTag))
            .ToList();

        Assert.Equal(DicomDictionary.Entries.Count, fields.Count);
        Assert.All(fields, f =>
        {
            Assert.True(f.IsInitOnly);
            Assert.True(DicomDictionary.TryGetTag(f.Name, out var tag), f.Name);
            Assert.Equal(tag, (DicomTag)f.GetValue(null)!);
        });
    }

    [Fact]
    public void Entries_RepeatingGroups_IncludeOverlaysAndCurves()
    {
        var repeating = DicomDictionary.Entries.Where(e => e.Pattern.Contains('x', StringComparison.Ordinal)).ToList();

        Assert.Contains(repeating, e => e.Pattern == "(60xx,3000)" && e.Keyword == "OverlayData");
        Assert.Contains(repeating, e => e.Pattern == "(50xx,3000)" && e.Keyword == "CurveData");
        Assert.All(repeating, e => Assert.Equal(0, e.Tag.Group & 1));
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]*$")]
    private static partial Regex IdentifierPattern();

    [GeneratedRegex("^[0-9]+(-([0-9]+|[0-9]*n))?$")]
    private static partial Regex MultiplicityPattern();
}
