using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace SimSid.Pipeline.Tests;

/// <summary>Reads the SRs an Orthanc PACS holds through its REST API.</summary>
internal static class OrthancReports
{
    public static async Task<string[]> InstanceIdsAsync(HttpClient http, CancellationToken ct) =>
        await http.GetFromJsonAsync<string[]>(new Uri("instances", UriKind.Relative), ct) ?? [];

    /// <summary>Asserts the study in Orthanc holds exactly one series, an SR with one instance, and returns its simplified tags.</summary>
    public static async Task<JsonElement> SingleSrAsync(HttpClient http, string studyUid, CancellationToken ct)
    {
        var body = JsonSerializer.Serialize(new { Level = "Study", Query = new { StudyInstanceUID = studyUid }, Expand = true });
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await http.PostAsync(new Uri("tools/find", UriKind.Relative), content, ct);
        response.EnsureSuccessStatusCode();
        using var found = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct));
        var study = Assert.Single(found.RootElement.EnumerateArray());
        var seriesId = Assert.Single(study.GetProperty("Series").EnumerateArray()).GetString();
        var series = await GetAsync(http, "series/" + seriesId, ct);
        Assert.Equal("SR", series.GetProperty("MainDicomTags").GetProperty("Modality").GetString());
        var instanceId = Assert.Single(series.GetProperty("Instances").EnumerateArray()).GetString();
        var tags = await GetAsync(http, "instances/" + instanceId + "/simplified-tags", ct);
        Assert.Equal(studyUid, tags.GetProperty("StudyInstanceUID").GetString());
        return tags;
    }

    /// <summary>Whether any nested item of the simplified tags carries the code value.</summary>
    public static bool ContainsCode(JsonElement element, string codeValue) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().Any(p =>
            (p.NameEquals("CodeValue") && p.Value.ValueKind == JsonValueKind.String && p.Value.GetString() == codeValue) || ContainsCode(p.Value, codeValue)),
        JsonValueKind.Array => element.EnumerateArray().Any(e => ContainsCode(e, codeValue)),
        _ => false,
    };

    private static async Task<JsonElement> GetAsync(HttpClient http, string path, CancellationToken ct)
    {
        var text = await http.GetStringAsync(new Uri(path, UriKind.Relative), ct);
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
