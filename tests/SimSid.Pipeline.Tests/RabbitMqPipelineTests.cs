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
        var settings = new Dictionary<string, string?>
        {
            ["Management:BindAddress"] = "127.0.0.1",
            ["Management:Port"] = "0",
            ["Dicom:Scp:BindAddress"] = "127.0.0.1",
            ["Dicom:Scp:Port"] = "0",
            ["Storage:ArchiveDirectory"] = temp.Combine("archive"),
            ["Storage:DatabasePath"] = temp.Combine("state.db"),
            ["Storage:MinimumFreeMegabytes"] = "1",
            ["Gateway:SettleTime"] = "00:00:01",
            ["Gateway:SettlePollInterval"] = "00:00:00.200",
            ["Delivery:Destinations:0:Name"] = "pacs",
            ["Delivery:Destinations:0:Host"] = "127.0.0.1",
            ["Delivery:Destinations:0:Port"] = pacs.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Delivery:Destinations:0:CalledAe"] = "TESTPACS",
            ["Messaging:Transport"] = "RabbitMq",
            ["RabbitMqTransport:Host"] = broker.Host,
            ["RabbitMqTransport:Port"] = (broker.IsDefaultPort ? 5672 : broker.Port).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["RabbitMqTransport:VHost"] = broker.AbsolutePath.Length > 1 ? Uri.UnescapeDataString(broker.AbsolutePath[1..]) : "/",
            ["RabbitMqTransport:User"] = userInfo.Length > 0 && userInfo[0].Length > 0 ? Uri.UnescapeDataString(userInfo[0]) : "guest",
            ["RabbitMqTransport:Pass"] = userInfo.Length > 1 ? Uri.UnescapeDataString(userInfo[1]) : "guest",
        };
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
