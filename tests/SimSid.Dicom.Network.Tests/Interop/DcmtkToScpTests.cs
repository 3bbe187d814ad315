using System.Globalization;
using SimSid.Dicom.Network.Tests.Support;
using SimSid.Testing;

namespace SimSid.Dicom.Network.Tests.Interop;

/// <summary>dcmtk echoscu/storescu (the independent peer) against our SCP.</summary>
public sealed class DcmtkToScpTests
{
    private static string P(int port) => port.ToString(CultureInfo.InvariantCulture);

    [Fact]
    public async Task Echoscu_ToScp_Succeeds()
    {
        await using var scp = await TestScp.StartAsync();

        var result = ExternalTool.Run("echoscu", "-aet", "DCMTK", "-aec", TestScp.AeTitle, "127.0.0.1", P(scp.Port));

        Assert.True(result.ExitCode == 0, result.Combined);
    }

    [Theory]
    [InlineData("explicit", "-xe", "1.2.840.10008.1.2.1")]
    [InlineData("implicit", "-xi", "1.2.840.10008.1.2")]
    [InlineData("big", "-xb", "1.2.840.10008.1.2.2")]
    [InlineData("deflated", "-xd", "1.2.840.10008.1.2.1.99")]
    [InlineData("jpeg-lossless", "-xs", "1.2.840.10008.1.2.4.70")]
    [InlineData("jpeg-baseline", "-xy", "1.2.840.10008.1.2.4.50")]
    [InlineData("rle", "-xr", "1.2.840.10008.1.2.5")]
    [InlineData("jpeg-ls", "-xt", "1.2.840.10008.1.2.4.80")]
    public async Task Storescu_EachTransferSyntax_StoresIdenticalContent(string encoding, string proposal, string expectedTransferSyntax)
    {
        await using var scp = await TestScp.StartAsync();
        var source = TestInstances.Create(scp.ScratchDirectory, 1, encoding);

        var result = ExternalTool.Run("storescu", "-aet", "DCMTK", "-aec", TestScp.AeTitle, proposal, "127.0.0.1", P(scp.Port), source);

        Assert.True(result.ExitCode == 0, result.Combined);
        var stored = Assert.Single(scp.StoredFiles());
        var sop = Files.Part10Header.Read(source).SopInstanceUid; // lossy JPEG gets a new UID from dcmcjpeg
        Assert.EndsWith($"{TestInstances.Root}.2.1/{TestInstances.Root}.3.1/{sop}.dcm", stored, StringComparison.Ordinal);
        Assert.Equal(expectedTransferSyntax, TestInstances.TransferSyntaxOf(stored));
        Assert.Equal(TestInstances.DumpDataSet(source), TestInstances.DumpDataSet(stored));
        Assert.Empty(scp.StagingFiles());
    }

    [Fact]
    public async Task Storescu_FolderWithSmallPdu_StoresEveryInstanceOnOneAssociation()
    {
        await using var scp = await TestScp.StartAsync();
        var folder = Path.Combine(scp.ScratchDirectory, "set");
        var sources = Enumerable.Range(1, 12).Select(i => TestInstances.Create(Path.Combine(folder, (i % 3).ToString(CultureInfo.InvariantCulture)), i, size: 96)).ToArray();

        var result = ExternalTool.Run("storescu", "-aet", "DCMTK", "-aec", TestScp.AeTitle, "+sd", "+r", "-pdu", "4096", "127.0.0.1", P(scp.Port), folder);

        Assert.True(result.ExitCode == 0, result.Combined);
        var stored = scp.StoredFiles();
        Assert.Equal(sources.Length, stored.Length);
        foreach (var source in sources)
        {
            var sop = Files.Part10Header.Read(source).SopInstanceUid;
            var match = Assert.Single(stored, s => Path.GetFileName(s) == sop + ".dcm");
            Assert.Equal(TestInstances.DumpDataSet(source), TestInstances.DumpDataSet(match));
        }
    }

    [Fact]
    public async Task Storescu_SixteenConcurrentAssociations_AllStored()
    {
        await using var scp = await TestScp.StartAsync();
        var sources = Enumerable.Range(1, 16).Select(i => TestInstances.Create(scp.ScratchDirectory, i)).ToArray();

        var runs = sources.Select(s => Task.Run(() => ExternalTool.Run("storescu", "-aet", "DCMTK", "-aec", TestScp.AeTitle, "127.0.0.1", P(scp.Port), s))).ToArray();
        var results = await Task.WhenAll(runs);

        Assert.All(results, r => Assert.True(r.ExitCode == 0, r.Combined));
        Assert.Equal(16, scp.StoredFiles().Length);
    }

    [Fact]
    public async Task Storescu_UnsupportedSopClass_ContextRejectedAndNothingStored()
    {
        await using var scp = await TestScp.StartAsync();
        var source = TestInstances.Create(scp.ScratchDirectory, 1, sopClass: TestInstances.MrSopClass);

        var result = ExternalTool.Run("storescu", "-aet", "DCMTK", "-aec", TestScp.AeTitle, "127.0.0.1", P(scp.Port), source);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("No presentation context", result.Combined, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(scp.StoredFiles());
    }

    [Fact]
    public async Task Echoscu_WrongCalledAe_Rejected()
    {
        await using var scp = await TestScp.StartAsync();

        var result = ExternalTool.Run("echoscu", "-aet", "DCMTK", "-aec", "SOMEONE", "127.0.0.1", P(scp.Port));

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("Called AE Title Not Recognized", result.Combined, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Echoscu_UnknownCallingAe_Rejected()
    {
        await using var scp = await TestScp.StartAsync(o => o.AllowedCallingAes.Add("GOODAE@127.0.0.1"));

        var stranger = ExternalTool.Run("echoscu", "-aet", "STRANGER", "-aec", TestScp.AeTitle, "127.0.0.1", P(scp.Port));
        var known = ExternalTool.Run("echoscu", "-aet", "GOODAE", "-aec", TestScp.AeTitle, "127.0.0.1", P(scp.Port));

        Assert.NotEqual(0, stranger.ExitCode);
        Assert.Contains("Calling AE Title Not Recognized", stranger.Combined, StringComparison.OrdinalIgnoreCase);
        Assert.True(known.ExitCode == 0, known.Combined);
    }
}
