using Microsoft.Extensions.Options;
using SimSid.Testing;

namespace SimSid.Pipeline.Tests;

public sealed class ConfigurationValidationTests
{
    [Fact]
    public async Task Start_BadAeTitleAndIncompleteDestination_FailsNamingEachKey()
    {
        using var temp = new TempDirectory();
        var settings = new Dictionary<string, string?>
        {
            ["Management:BindAddress"] = "127.0.0.1",
            ["Management:Port"] = "0",
            ["Dicom:Scp:Port"] = "0",
            ["Dicom:Scp:AeTitle"] = "THIS-AE-TITLE-IS-TOO-LONG",
            ["Storage:ArchiveDirectory"] = temp.Combine("archive"),
            ["Storage:DatabasePath"] = temp.Combine("state.db"),
            ["Delivery:Destinations:0:Name"] = "pacs",
            ["Delivery:Destinations:0:CalledAe"] = "PACS",
            ["Gateway:SettleTime"] = "00:01:00",
            ["Gateway:MaxSettleTime"] = "00:00:10",
            ["Seq:ServerUrl"] = "not a url",
        };
        var app = PipelineHost.Build(settings, new MeanIntensityScorer());

        var failures = new List<string>();
        try
        {
            await app.StartAsync();
            await app.StopAsync();
        }
        catch (OptionsValidationException ex)
        {
            failures.AddRange(ex.Failures);
        }
        catch (AggregateException ex)
        {
            failures.AddRange(ex.InnerExceptions.OfType<OptionsValidationException>().SelectMany(e => e.Failures));
        }
        finally
        {
            await app.DisposeAsync();
        }

        var text = string.Join("\n", failures);
        Assert.Contains("Dicom:Scp:AeTitle 'THIS-AE-TITLE-IS-TOO-LONG'", text, StringComparison.Ordinal);
        Assert.Contains("Delivery:Destinations:0:Host is required", text, StringComparison.Ordinal);
        Assert.Contains("Gateway:MaxSettleTime", text, StringComparison.Ordinal);
        Assert.Contains("Seq:ServerUrl", text, StringComparison.Ordinal);
    }
}
