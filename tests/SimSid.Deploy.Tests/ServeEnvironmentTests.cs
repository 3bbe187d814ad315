using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using SimSid.Testing;

namespace SimSid.Deploy.Tests;

/// <summary>
/// The variables compose and the chart set are configuration keys with valid values: <c>simsid serve</c> started with
/// exactly them (hosts, paths and ports moved to loopback and a scratch folder, a tiny model trained for the test)
/// reports <c>/health/ready</c> healthy. Unknown keys would be ignored by configuration binding, so the documented-key
/// check (<see cref="EnvironmentVariableTests"/>) complements this one.
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
        Assert.Contains("Messaging__Transport", environment.Keys);
        Assert.Contains("Dicom__Scp__AeTitle", environment.Keys);

        var managementPort = FreePort();
        environment["Storage__ArchiveDirectory"] = dir.Combine("archive");
        environment["Storage__DatabasePath"] = dir.Combine("state", "simsid.db");
        environment["Dicom__Scp__BindAddress"] = "127.0.0.1";
        environment["Dicom__Scp__Port"] = FreePort().ToString(CultureInfo.InvariantCulture);
        environment["Management__BindAddress"] = "127.0.0.1";
        environment["Management__Port"] = managementPort.ToString(CultureInfo.InvariantCulture);
        environment["Delivery__Destinations__0__Host"] = "127.0.0.1";
        environment["Seq__ServerUrl"] = "";
        environment["Inference__ModelDirectory"] = TrainTinyModel(dir);
        environment["OMP_NUM_THREADS"] = "1";
        Directory.CreateDirectory(dir.Combine("state"));

        using var serve = Start(environment);
        try
        {
            var (status, body) = await WaitForReadinessAsync(serve, managementPort);

            Assert.True(status == HttpStatusCode.OK, $"/health/ready answered {status}: {body}");
            Assert.Contains("\"status\":\"Healthy\"", body, StringComparison.Ordinal);
        }
        finally
        {
            serve.Kill(entireProcessTree: true);
            await serve.WaitForExitAsync();
        }
    }

    /// <summary>
    /// Readiness is a state the process reaches, as Kubernetes' readiness probe observes it: ask until it answers
    /// 200, the process exits, or a generous deadline passes (model load and database migration included).
    /// </summary>
    private static async Task<(HttpStatusCode? Status, string Body)> WaitForReadinessAsync(Process serve, int port)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        HttpStatusCode? status = null;
        var body = "";
        while (!serve.HasExited)
        {
            try
            {
                using var response = await http.GetAsync(new Uri($"http://127.0.0.1:{port}/health/ready"), deadline.Token);
                status = response.StatusCode;
                body = await response.Content.ReadAsStringAsync(deadline.Token);
                if (status == HttpStatusCode.OK)
                {
                    return (status, body);
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (OperationCanceledException)
            {
                return (status, body + " (deadline passed)");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(200), CancellationToken.None);
        }

        return (status, $"simsid serve exited with {serve.ExitCode}");
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
        return JsonSerializer.Deserialize<Dictionary<string, string>>(result.StandardOutput)
            ?? throw new InvalidOperationException("env-vars.mjs printed no object.");
    }

    private static string TrainTinyModel(TempDirectory dir)
    {
        var data = dir.Combine("data");
        var model = dir.Combine("model");
        var synth = ExternalTool.Run("dotnet", Simsid, "synth", "--out", data, "--count", "8", "--abnormal-fraction", "0", "--format", "png", "--size", "64");
        Assert.True(synth.ExitCode == 0, synth.Combined);
        var train = ExternalTool.Run("dotnet", Simsid, "train", "--data", Path.Combine(data, "NORMAL"), "--preset", "tiny", "--out", model, "--epochs", "1", "--threads", "1");
        Assert.True(train.ExitCode == 0, train.Combined);
        return model;
    }

    private static Process Start(Dictionary<string, string> environment)
    {
        var psi = new ProcessStartInfo("dotnet") { UseShellExecute = false };
        psi.ArgumentList.Add(Simsid);
        psi.ArgumentList.Add("serve");
        foreach (var (key, value) in environment)
        {
            psi.Environment[key] = value;
        }

        return Process.Start(psi) ?? throw new InvalidOperationException("Could not start simsid serve.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
