using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using SimSid.Testing;

namespace SimSid.Deploy.Tests;

/// <summary>
/// The environment variables compose and the chart set are real configuration keys with valid values: `simsid serve`
/// started with exactly them (hosts, paths and ports moved to loopback and a scratch folder) becomes ready.
/// </summary>
public sealed class ServeEnvironmentTests
{
    private static readonly string Simsid = Path.Combine(AppContext.BaseDirectory, "simsid.dll");

    [Theory]
    [InlineData("compose")]
    [InlineData("chart")]
    public async Task Serve_WithDeploymentEnvironment_BecomesReady(string source)
    {
        using var dir = new TempDirectory("deploy-serve");
        var environment = DeploymentEnvironment(source, dir);
        var pacsPort = FreePort();
        environment["Storage__ArchiveDirectory"] = dir.Combine("archive");
        environment["Storage__DatabasePath"] = dir.Combine("state", "simsid.db");
        environment["Dicom__Scp__Port"] = FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture);
        environment["Dicom__Scp__BindAddress"] = "127.0.0.1";
        var managementPort = FreePort();
        environment["Management__Port"] = managementPort.ToString(System.Globalization.CultureInfo.InvariantCulture);
        environment["Management__BindAddress"] = "127.0.0.1";
        environment["Delivery__Destinations__0__Host"] = "127.0.0.1";
        environment["Delivery__Destinations__0__Port"] = pacsPort.ToString(System.Globalization.CultureInfo.InvariantCulture);
        environment["Seq__ServerUrl"] = "";
        Directory.CreateDirectory(dir.Combine("state"));

        using var pacs = Start(ExternalTool.Find("storescp"), ["-aet", environment["Delivery__Destinations__0__CalledAe"], "-od", dir.Path, pacsPort.ToString(System.Globalization.CultureInfo.InvariantCulture)], []);
        using var serve = Start("dotnet", [Simsid, "serve"], environment);
        try
        {
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
            using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(90));
            HttpStatusCode? last = null;
            while (!deadline.IsCancellationRequested && !serve.HasExited)
            {
                try
                {
                    using var response = await http.GetAsync(new Uri($"http://127.0.0.1:{managementPort}/health/ready"), deadline.Token);
                    last = response.StatusCode;
                    if (last == HttpStatusCode.OK)
                    {
                        break;
                    }
                }
                catch (HttpRequestException)
                {
                }

                await Task.Delay(250, deadline.Token);
            }

            Assert.False(serve.HasExited, $"simsid serve exited {(serve.HasExited ? serve.ExitCode : 0)}");
            Assert.Equal(HttpStatusCode.OK, last);
        }
        finally
        {
            serve.Kill(entireProcessTree: true);
            pacs.Kill(entireProcessTree: true);
        }
    }

    private static Dictionary<string, string> DeploymentEnvironment(string source, TempDirectory dir)
    {
        List<string> arguments = [DeployTools.ValidatorScript("env-vars.mjs"), "--values"];
        if (source == "compose")
        {
            var config = DeployTools.Run("docker-compose", "-f", "docker-compose.yml", "config");
            Assert.True(config.ExitCode == 0, config.Combined);
            File.WriteAllText(dir.Combine("compose.yml"), config.StandardOutput);
            arguments.AddRange(["--compose", dir.Combine("compose.yml"), "--dockerfile", "deploy/docker/Dockerfile"]);
        }
        else
        {
            var rendered = dir.Combine("chart.yaml");
            Assert.Equal(0, DeployTools.RenderChart(rendered, null, "--set", "rabbitmq.password=secret").ExitCode);
            arguments.AddRange(["--manifests", rendered]);
        }

        var result = DeployTools.Run("node", [.. arguments]);
        Assert.True(result.ExitCode == 0, result.Combined);
        return JsonSerializer.Deserialize<Dictionary<string, string>>(result.StandardOutput)!;
    }

    private static Process Start(string file, IEnumerable<string> arguments, IDictionary<string, string> environment)
    {
        var psi = new ProcessStartInfo(file) { UseShellExecute = false, RedirectStandardOutput = false, RedirectStandardError = false };
        foreach (var a in arguments) psi.ArgumentList.Add(a);
        foreach (var (k, v) in environment) psi.Environment[k] = v;
        return Process.Start(psi)!;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
