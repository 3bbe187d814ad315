using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SimSid.Contracts;
using SimSid.Imaging;
using SimSid.Model;
using SimSid.Model.Scoring;
using SimSid.Model.Storage;
using SimSid.Retrain.Registry;
using SimSid.Retrain.Watching;

namespace SimSid.Inference;

/// <summary>
/// Loads the model once at start (before the bus starts consuming) and serves it; readiness reports it. With
/// <c>Inference:ModelRegistry</c> it follows the registry's <c>current</c> pointer (file notification, a poll, and
/// <see cref="ModelPublished"/> through <see cref="Refresh"/>; until the registry has a current model the fixed model
/// is the fallback): a new current model is loaded beside the old one and
/// becomes the one new messages lease; messages in flight finish with the model they started with, and the old model
/// is disposed after its last lease (<see cref="HotSwapModel{TModel}"/>). A model that fails to load is logged and the
/// current one kept. An unreadable model folder at start stops the host with a message naming the key.
/// </summary>
public sealed class ModelHost(IOptions<InferenceOptions> options, ILogger<ModelHost> logger, TimeProvider time, InferenceMetrics? metrics = null)
    : IHostedService, ISwappableImageScorer, IHealthCheck, IDisposable
{
    /// <summary>The hot-swap key of the fallback model: never a registry version name, so the first promotion switches.</summary>
    private const string FallbackVersion = "";

    private readonly Lock reloadGate = new();
    private HotSwapModel<EngineImageScorer>? models;
    private ModelRegistry? registry;
    private CurrentModelWatcher? watcher;
    private ITimer? poll;
    private string? failedVersion;
    private string? failure;

    public ModelIdentity Model
    {
        get
        {
            using var lease = Acquire();
            return lease.Scorer.Model;
        }
    }

    public int InputSize
    {
        get
        {
            using var lease = Acquire();
            return lease.Scorer.InputSize;
        }
    }

    /// <summary>The registry version new messages get (the model folder's version without a registry).</summary>
    public string CurrentVersion => Models.CurrentVersion;

    private HotSwapModel<EngineImageScorer> Models => models ?? throw new InvalidOperationException("The model is not loaded yet.");

    public ScorerLease Acquire()
    {
        var lease = Models.Acquire();
        return new ScorerLease(lease.Model, lease);
    }

    public IReadOnlyList<double> Score(IReadOnlyList<GrayImage> images)
    {
        using var lease = Acquire();
        return lease.Scorer.Score(images);
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!string.IsNullOrWhiteSpace(settings.ModelRegistry))
        {
            StartFromRegistry(Path.GetFullPath(settings.ModelRegistry), settings.ModelDirectory, settings.ModelRegistryPollInterval);
            return Task.CompletedTask;
        }

        var directory = ModelDirectoryLocator.Find(settings.ModelDirectory)
            ?? throw new InvalidOperationException("No model: set Inference:ModelDirectory (Inference__ModelDirectory), Inference:ModelRegistry or SIMSID_MODEL to a folder holding model.json, or ship one under models/zhanglab-*.");
        if (!File.Exists(Path.Combine(directory, ModelStore.ManifestFile)))
        {
            throw new InvalidOperationException($"Inference:ModelDirectory '{directory}' is not readable as a model folder: model.json is missing.");
        }

        var scorer = Open(directory, out var elapsedMs);
        models = new HotSwapModel<EngineImageScorer>(scorer, scorer.Model.Version);
        Log.ModelLoaded(logger, scorer.Model.Version, scorer.Model.DeviceUid, directory, scorer.ComputeDevice, elapsedMs);
        return Task.CompletedTask;
    }

    /// <summary>
    /// Re-reads the registry pointer and, when it names another version, loads that model and makes it current for new
    /// messages. Returns whether the model was switched; false without a registry, when nothing changed, or when the
    /// new model could not be loaded (logged; the current model stays).
    /// </summary>
    public bool Refresh()
    {
        if (registry is null || models is null)
        {
            return false;
        }

        lock (reloadGate)
        {
            string? version = null;
            EngineImageScorer? loaded = null;
            try
            {
                version = registry.CurrentVersion;
                if (version is null || version == models.CurrentVersion)
                {
                    failedVersion = null; // e.g. a rollback to the model still serving
                    failure = null;
                    return false;
                }

                if (version == failedVersion)
                {
                    return false;
                }

                var directory = registry.VersionDirectory(version);
                loaded = Open(directory, out var elapsedMs);
                var scorer = loaded;
                var previous = Model.Version;
                models.Swap(scorer, version);
                loaded = null;
                failedVersion = null;
                failure = null;
                metrics?.ModelSwitches.Add(1);
                Log.ModelSwitched(logger, scorer.Model.Version, previous, scorer.Model.DeviceUid, directory, elapsedMs);
                return true;
            }
            catch (ObjectDisposedException)
            {
                return false; // a notification that raced the host's shutdown
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // Runs on file-notification and timer threads too: whatever the new model's failure (format, I/O,
                // the native library), log it and keep scoring with the current model rather than end the worker.
                failedVersion = version;
                failure = ex.Message;
                Log.ModelSwitchFailed(logger, ex, version ?? "(unreadable pointer)", models.CurrentVersion);
                return false;
            }
            finally
            {
                loaded?.Dispose(); // loaded but never installed
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        poll?.Dispose();
        poll = null;
        watcher?.Dispose();
        watcher = null;
        return Task.CompletedTask;
    }

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (models is null)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("The model is not loaded."));
        }

        var model = Model;
        var data = new Dictionary<string, object>
        {
            ["ModelVersion"] = model.Version,
            ["DeviceUid"] = model.DeviceUid,
            ["ComputeDevice"] = CurrentComputeDevice(),
            ["ModelSource"] = registry is null || models.CurrentVersion == FallbackVersion ? "directory" : "registry",
        };
        if (failure is not null)
        {
            data["FailedModelVersion"] = failedVersion ?? "";
            return Task.FromResult(HealthCheckResult.Degraded($"model {model.Version} ({model.DeviceUid}); loading {failedVersion} failed: {failure}", data: data));
        }

        return Task.FromResult(HealthCheckResult.Healthy($"model {model.Version} ({model.DeviceUid})", data));
    }

    public void Dispose()
    {
        poll?.Dispose();
        watcher?.Dispose();
        models?.Dispose();
    }

    private void StartFromRegistry(string root, string? fallbackDirectory, TimeSpan pollInterval)
    {
        registry = new ModelRegistry(root);
        var version = Directory.Exists(root) ? registry.CurrentVersion : null;
        string directory;
        if (version is null)
        {
            // Nothing promoted yet: score with the fixed model until the registry has a current one.
            directory = ModelDirectoryLocator.Find(fallbackDirectory)
                ?? throw new InvalidOperationException($"Inference:ModelRegistry '{root}' has no current model yet and there is no fallback model (Inference:ModelDirectory, SIMSID_MODEL or a shipped models/zhanglab-*): promote one with 'simsid models promote VERSION --registry {root}' or run 'simsid retrain'.");
            RequireModelFolder(directory, $"Inference:ModelRegistry '{root}' has no current model yet, and the fallback Inference:ModelDirectory '{directory}' is not readable as a model folder: model.json is missing.");
        }
        else
        {
            directory = registry.VersionDirectory(version);
            RequireModelFolder(directory, $"Inference:ModelRegistry '{root}': the current version '{version}' has no model.json in {directory}.");
        }

        var scorer = Open(directory, out var elapsedMs);
        models = new HotSwapModel<EngineImageScorer>(scorer, version ?? FallbackVersion);
        Log.ModelLoaded(logger, scorer.Model.Version, scorer.Model.DeviceUid, directory, scorer.ComputeDevice, elapsedMs);
        if (Directory.Exists(root))
        {
            watcher = new CurrentModelWatcher(root);
            watcher.CurrentModelChanged += (_, _) => Refresh();
            watcher.Failed += (_, e) => Log.ModelWatchFailed(logger, e.GetException());
            watcher.Start();
        }

        if (pollInterval > TimeSpan.Zero)
        {
            poll = time.CreateTimer(_ => Refresh(), null, pollInterval, pollInterval);
        }

        Refresh(); // a promotion between reading the pointer and starting the watch
    }

    private static void RequireModelFolder(string directory, string message)
    {
        if (!File.Exists(Path.Combine(directory, ModelStore.ManifestFile)))
        {
            throw new InvalidOperationException(message);
        }
    }

    private EngineImageScorer Open(string directory, out long elapsedMs)
    {
        var started = time.GetTimestamp();
        var scorer = new EngineImageScorer(InferenceEngine.Open(directory, options.Value.Threads, options.Value.Device, ComputePrecisions.Parse(options.Value.Precision)));
        elapsedMs = (long)time.GetElapsedTime(started).TotalMilliseconds;
        return scorer;
    }

    private string CurrentComputeDevice()
    {
        using var lease = Models.Acquire();
        return lease.Model.ComputeDevice;
    }
}
