using System.Globalization;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using SimSid.Dicom.Network.Dimse;
using SimSid.Dicom.Network.Scu;
using SimSid.Dicom.Network.Tests.Support;
using SimSid.Testing;

namespace SimSid.Dicom.Network.Tests.Interop;

/// <summary>DICOM TLS: our SCP with a configured certificate, reached by our SCU and by dcmtk storescu +tla.</summary>
public sealed class TlsTests
{
    private static X509Certificate2 CreateCertificate()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=localhost", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        var san = new SubjectAlternativeNameBuilder();
        san.AddDnsName("localhost");
        san.AddIpAddress(System.Net.IPAddress.Loopback);
        request.CertificateExtensions.Add(san.Build());
        using var created = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        return X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pfx), null);
    }

    [Fact]
    public async Task ScuOverTls_EchoAndStore_Stored()
    {
        using var certificate = CreateCertificate();
        await using var scp = await TestScp.StartAsync(o => o.TlsCertificate = certificate);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var source = TestInstances.Create(scp.ScratchDirectory, 1);
        var options = new DicomScuOptions
        {
            CallingAe = "TLSSCU",
            CalledAe = TestScp.AeTitle,
            UseTls = true,
            TlsTargetHost = "localhost",
            ServerCertificateValidation = (_, cert, _, _) => cert is not null && cert.GetCertHashString() == certificate.GetCertHashString(),
        };

        await using (var association = await DicomScuClient.ConnectAsync("127.0.0.1", scp.Port, options, ScuProposal.ForFiles([source]), cancellationToken: timeout.Token))
        {
            Assert.Equal(DicomStatus.Success, await association.EchoAsync(timeout.Token));
            Assert.Equal(DicomStatus.Success, (await association.SendCStoreAsync(source, timeout.Token)).Status);
            await association.ReleaseAsync(timeout.Token);
        }

        Assert.Equal(TestInstances.DumpDataSet(source), TestInstances.DumpDataSet(Assert.Single(scp.StoredFiles())));
    }

    [Fact]
    public async Task StorescuAnonymousTls_TrustingOurCertificate_Stored()
    {
        using var certificate = CreateCertificate();
        await using var scp = await TestScp.StartAsync(o => o.TlsCertificate = certificate);
        var source = TestInstances.Create(scp.ScratchDirectory, 1);
        var pem = Path.Combine(scp.ScratchDirectory, "server.pem");
        await File.WriteAllTextAsync(pem, certificate.ExportCertificatePem());

        var result = ExternalTool.Run("storescu", "+tla", "+cf", pem, "-aet", "DCMTKTLS", "-aec", TestScp.AeTitle, "127.0.0.1", scp.Port.ToString(CultureInfo.InvariantCulture), source);

        Assert.True(result.ExitCode == 0, result.Combined);
        Assert.Single(scp.StoredFiles());
    }
}
