using Microsoft.Extensions.DependencyInjection;
using SimSid.Dicom;
using SimSid.Gateway.Receiving;
using SimSid.Synthetic;
using SimSid.Testing;

namespace SimSid.Pipeline.Tests;

[Trait("Category", "Integration")]
public sealed class RabbitMqPipelineTests
{
    [RabbitMqFact]
    public async Task Pipeline_OverRabbitMq_EveryStudyGetsItsSr()
    {
        var broker = RabbitMqFactAttribute.BrokerUri();
        using var temp = new TempDirectory();
        await using var pacs = new LoopbackPacs(temp.Combine("pacs"));
        await pacs.StartAsync();
        var files = SyntheticFolderWriter.Write(temp.Combine("in"), new SyntheticFolderOptions { Count = 2, Size = 64, Seed = 11 });
        var userInfo = broker.UserInfo.Split(':');
        var settings = LoopbackServeSettings.Create(temp, pacs.Port, "TESTPACS");
        foreach (var (key, value) in new Dictionary<string, string?>
        {
            ["Messaging:Transport"] = "RabbitMq",
            ["RabbitMqTransport:Host"] = broker.Host,
            ["RabbitMqTransport:Port"] = (broker.IsDefaultPort ? 5672 : broker.Port).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["RabbitMqTransport:VHost"] = broker.AbsolutePath.Length > 1 ? Uri.UnescapeDataString(broker.AbsolutePath[1..]) : "/",
            ["RabbitMqTransport:User"] = userInfo.Length > 0 && userInfo[0].Length > 0 ? Uri.UnescapeDataString(userInfo[0]) : "guest",
            ["RabbitMqTransport:Pass"] = userInfo.Length > 1 ? Uri.UnescapeDataString(userInfo[1]) : "guest",
        })
        {
            settings[key] = value;
        }

        var app = PipelineHost.Build(settings, new MeanIntensityScorer());
        await app.StartAsync();
        try
        {
            var port = app.Services.GetRequiredService<StoreScpService>().Port;
            await ModalityScu.SendAsync(port, files.Select(f => f.Path).ToList());

            await pacs.WaitForAsync(files.Count, TimeSpan.FromSeconds(90));
            var expected = files.Select(f => DicomFile.Open(f.Path).Dataset.GetString(DicomTag.StudyInstanceUID)).Order(StringComparer.Ordinal);
            Assert.Equal(expected, pacs.Stored.Select(s => s.StudyInstanceUid).Order(StringComparer.Ordinal));
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }
}
