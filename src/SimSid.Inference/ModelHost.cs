using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SimSid.Contracts;
using SimSid.Imaging;
using SimSid.Model.Scoring;

namespace SimSid.Inference;

/// <summary>
/// Loads the model once at start (before the bus starts consuming) and serves it; readiness reports it. An
/// unreadable model folder stops the host with a message naming <c>Inference:ModelDirectory</c>.
/// </summary>
public sealed class ModelHost(IOptions<InferenceOptions> options, ILogger<ModelHost> logger) : IHostedService, IImageScorer, IHealthCheck, IDisposable
{
    private EngineImageScorer? _scorer;

    public ModelIdentity Model => Loaded.Model;

    public int InputSize => Loaded.InputSize;

    private EngineImageScorer Loaded => _scorer ?? throw new InvalidOperationException("The model is not loaded yet.");

    public IReadOnlyList<double> Score(IReadOnlyList<GrayImage> images) => Loaded.Score(images);

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var directory = ModelDirectoryLocator.Find(options.Value.ModelDirectory)
            ?? throw new InvalidOperationException("No model: set Inference:ModelDirectory (Inference__ModelDirectory) or SIMSID_MODEL to a folder holding model.json, or ship one under models/zhanglab-*.");
        if (!File.Exists(Path.Combine(directory, "model.json")))
        {
            throw new InvalidOperationException($"Inference:ModelDirectory '{directory}' is not readable as a model folder: model.json is missing.");
        }

        if (options.Value.Device == "cuda")
        {
            Log.CudaNotUsed(logger);
        }

        var started = Environment.TickCount64;
        _scorer = new EngineImageScorer(InferenceEngine.Open(directory, options.Value.Threads));
        Log.ModelLoaded(logger, _scorer.Model.Version, _scorer.Model.DeviceUid, directory, Environment.TickCount64 - started);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(_scorer is { } s
            ? HealthCheckResult.Healthy($"model {s.Model.Version}", new Dictionary<string, object> { ["ModelVersion"] = s.Model.Version, ["DeviceUid"] = s.Model.DeviceUid })
            : HealthCheckResult.Unhealthy("The model is not loaded."));

    public void Dispose() => _scorer?.Dispose();
}
