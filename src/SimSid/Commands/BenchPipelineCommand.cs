using System.CommandLine;
using Microsoft.Extensions.Options;
using SimSid.Dicom.Network;
using SimSid.Inference;

namespace SimSid.Commands;

/// <summary>
/// <c>simsid bench pipeline [--studies N] [--burst N] [--settle-seconds S] [--model DIR] [--rabbitmq URI | --in-memory-only] [--threads N] [--json]</c>:
/// the whole pipeline in-process on loopback as <c>simsid demo</c> runs it; latency from the last C-STORE response to the
/// SR at the PACS for single studies, throughput and latency of a burst, and where the time goes; in-memory and, when a
/// broker is given (or SIMSID_TEST_RABBITMQ is set), RabbitMQ. Exit 0 when every study got its SR.
/// </summary>
internal static class BenchPipelineCommand
{
    private const string RabbitMqVariable = "SIMSID_TEST_RABBITMQ";

    /// <summary>The sub-folders a run writes under its working folder (tiny model, input studies, one per transport).</summary>
    private static readonly string[] RunFolders = ["train", "model", "input", "in-memory", "rabbitmq"];

    public static Command Create()
    {
        var studies = Positive(new Option<int>("--studies") { Description = "Single-image studies sent one after another (latency).", DefaultValueFactory = _ => 20 });
        var burst = Positive(new Option<int>("--burst") { Description = "Single-image studies sent as fast as possible (throughput).", DefaultValueFactory = _ => 100 });
        var settle = new Option<double>("--settle-seconds") { Description = "Gateway settle time for the bench.", DefaultValueFactory = _ => 1.0 };
        settle.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<double>() is not (> 0 and <= 600))
            {
                r.AddError("--settle-seconds must be above 0 and at most 600.");
            }
        });
        var poll = Positive(new Option<int>("--settle-poll-ms") { Description = "How often the settle timer looks for settled studies.", DefaultValueFactory = _ => 100 });
        var model = new Option<DirectoryInfo?>("--model") { Description = "Model folder (default: SIMSID_MODEL or the shipped models/zhanglab-*; else a tiny model is trained first)." };
        var rabbitmq = new Option<string?>("--rabbitmq") { Description = "Also measure over this RabbitMQ broker (amqp://user:pass@host:port/vhost; best a vhost of its own, as the bench consumes whatever is queued there); default: SIMSID_TEST_RABBITMQ when set." };
        rabbitmq.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<string?>() is { } text && BrokerUri(text) is null)
            {
                r.AddError("--rabbitmq must be an amqp:// or amqps:// URI, e.g. amqp://guest:guest@127.0.0.1:5672/.");
            }
        });
        var threads = new Option<int>("--threads") { Description = "TorchSharp threads of the inference role (0 = library default).", DefaultValueFactory = _ => 0 };
        var batch = Positive(new Option<int>("--max-batch-size") { Description = "Inference:MaxBatchSize of the benchmarked host (1 = no batching across studies).", DefaultValueFactory = _ => 16 });
        var concurrency = Positive(new Option<int>("--concurrency") { Description = "Inference:ConcurrentMessageLimit and PrefetchCount of the benchmarked host.", DefaultValueFactory = _ => 16 });
        var size = Positive(new Option<int>("--size") { Description = "Rows = columns of the synthetic CR images.", DefaultValueFactory = _ => 512 });
        var timeout = Positive(new Option<int>("--timeout") { Description = "Seconds to wait for the SRs of each phase.", DefaultValueFactory = _ => 600 });
        var work = new Option<DirectoryInfo?>("--work") { Description = "Keep the run's files (input, archive, state databases, PACS) here; default: a temporary folder, removed afterwards." };
        var inMemoryOnly = new Option<bool>("--in-memory-only") { Description = "Measure the in-memory transport only, even when SIMSID_TEST_RABBITMQ is set." };
        var json = new Option<bool>("--json") { Description = "Print one JSON object instead of the table (progress still goes to stderr)." };
        var command = new Command("pipeline", "Pipeline latency (last C-STORE -> SR at the PACS), burst throughput and where the time goes; in-memory and RabbitMQ.")
        {
            studies, burst, settle, poll, model, rabbitmq, inMemoryOnly, threads, batch, concurrency, size, timeout, work, json,
        };
        command.SetAction((parseResult, cancellationToken) =>
        {
            var broker = parseResult.GetValue(inMemoryOnly) ? null : BrokerUri(parseResult.GetValue(rabbitmq) ?? Environment.GetEnvironmentVariable(RabbitMqVariable));
            var settings = new PipelineBenchmarkOptions
            {
                Studies = parseResult.GetValue(studies),
                Burst = parseResult.GetValue(burst),
                SettleSeconds = parseResult.GetValue(settle),
                SettlePollSeconds = parseResult.GetValue(poll) / 1000.0,
                Threads = parseResult.GetValue(threads),
                ImageSize = parseResult.GetValue(size),
                MaxBatchSize = parseResult.GetValue(batch),
                ConcurrentStudies = parseResult.GetValue(concurrency),
                TimeoutSeconds = parseResult.GetValue(timeout),
                ModelDirectory = parseResult.GetValue(model)?.FullName ?? string.Empty,
                ModelTrainedOnTheSpot = false,
            };
            return RunAsync(settings, broker, parseResult.GetValue(work), parseResult.GetValue(json), cancellationToken);
        });
        return command;
    }

    private static async Task<int> RunAsync(PipelineBenchmarkOptions settings, Uri? broker, DirectoryInfo? work, bool json, CancellationToken cancellationToken)
    {
        var root = work?.FullName ?? Path.Combine(Path.GetTempPath(), $"simsid-bench-pipeline-{Guid.NewGuid():N}");
        var progress = Console.Error;
        try
        {
            Directory.CreateDirectory(root);
            foreach (var previous in RunFolders.Select(d => Path.Combine(root, d)).Where(Directory.Exists))
            {
                Directory.Delete(previous, recursive: true); // A kept --work folder from an earlier run: start clean.
            }

            settings = await WithModelAsync(settings, root, json, cancellationToken).ConfigureAwait(false);
            await progress.WriteLineAsync($"Writing {settings.WarmUpStudies + settings.Studies + settings.Burst} synthetic studies…").ConfigureAwait(false);
            var input = PipelineBenchmarkInput.Write(Path.Combine(root, "input"), settings);
            await progress.WriteLineAsync($"Model alone on the {input.Burst.Count} burst images (one at a time, then batches of {settings.MaxBatchSize})…").ConfigureAwait(false);
            var modelAlone = ModelAloneBenchmark.Measure(settings.ModelDirectory, settings.Threads, input.Burst, settings.MaxBatchSize);
            var runs = new List<PipelineBenchmarkRun>
            {
                await new PipelineBenchmark(settings, input, progress).RunAsync("in-memory", null, Path.Combine(root, "in-memory"), cancellationToken).ConfigureAwait(false),
            };
            var brokerFailed = false;
            if (broker is not null)
            {
                try
                {
                    runs.Add(await new PipelineBenchmark(settings, input, progress).RunAsync("rabbitmq", broker, Path.Combine(root, "rabbitmq"), cancellationToken).ConfigureAwait(false));
                }
                catch (Exception ex) when (IsRunFailure(ex))
                {
                    await progress.WriteLineAsync($"simsid bench pipeline: the RabbitMQ run failed: {ex.Message}").ConfigureAwait(false);
                    brokerFailed = true;
                }
            }

            if (json)
            {
                Console.WriteLine(PipelineBenchmarkJson.Serialize(settings, modelAlone, runs));
            }
            else
            {
                PipelineBenchmarkTable.Print(Console.Out, settings, modelAlone, runs);
            }

            var missing = runs.Sum(r => r.Missing);
            if (missing > 0)
            {
                await progress.WriteLineAsync($"{missing} studies got no SR within {settings.TimeoutSeconds} s.").ConfigureAwait(false);
            }

            return missing == 0 && !brokerFailed ? 0 : 1;
        }
        catch (Exception ex) when (IsRunFailure(ex))
        {
            await progress.WriteLineAsync($"simsid bench pipeline: {ex.Message}").ConfigureAwait(false);
            return 1;
        }
        finally
        {
            if (work is null && Directory.Exists(root))
            {
                Directory.Delete(root, recursive: true);
            }
        }
    }

    /// <summary>--model, else SIMSID_MODEL or the shipped model, else a tiny model trained now (its console output kept off stdout in --json mode).</summary>
    private static async Task<PipelineBenchmarkOptions> WithModelAsync(PipelineBenchmarkOptions settings, string root, bool json, CancellationToken cancellationToken)
    {
        var found = settings.ModelDirectory.Length > 0 ? settings.ModelDirectory : ModelDirectoryLocator.Find(null);
        if (found is not null)
        {
            return settings with { ModelDirectory = found };
        }

        var stdout = Console.Out;
        if (json)
        {
            Console.SetOut(Console.Error);
        }

        try
        {
            var trained = await DemoModel.TrainTinyAsync(root, cancellationToken).ConfigureAwait(false);
            return settings with { ModelDirectory = trained, ModelTrainedOnTheSpot = true };
        }
        finally
        {
            Console.SetOut(stdout);
        }
    }

    /// <summary>The failures a run reports as a message and exit code 1 (bad model, unreachable broker, network or disk errors).</summary>
    private static bool IsRunFailure(Exception ex) =>
        ex is InvalidOperationException or IOException or DicomNetworkException or System.Net.Sockets.SocketException or UnauthorizedAccessException
            or OptionsValidationException or TimeoutException or MassTransit.MassTransitException or SimSid.Model.Storage.ModelFormatException;

    private static Uri? BrokerUri(string? text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "amqp" or "amqps" ? uri : null;

    private static Option<int> Positive(Option<int> option)
    {
        option.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 1)
            {
                r.AddError($"{option.Name} must be at least 1.");
            }
        });
        return option;
    }
}
