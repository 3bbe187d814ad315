using System.Collections.Concurrent;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using SimSid.Dicom.Network.Scu;
using SimSid.Gateway.Receiving;

namespace SimSid.Commands;

/// <summary>
/// Runs the pipeline on one transport the way <c>simsid demo</c> does (serve roles in-process on loopback, the demo's
/// store SCP as the PACS, our SCU as the modality) and measures it: warm-up, then single studies one after another,
/// then a burst sent as fast as one association allows. Timestamps: our SCU's C-STORE responses, the PACS's arrival
/// of each SR, and the bus observer's view of StudyReady and StudyScored.
/// </summary>
internal sealed class PipelineBenchmark(PipelineBenchmarkOptions options, PipelineBenchmarkInput input, TextWriter progress)
{
    private const string CallingAe = "BENCH-MODALITY";
    private const string CalledAe = "SIMSID";

    private readonly ConcurrentDictionary<string, DateTimeOffset> _arrived = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DateTimeOffset> _stored = new(StringComparer.Ordinal);

    public async Task<PipelineBenchmarkRun> RunAsync(string transport, Uri? broker, string root, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(root);
        var observer = new PipelineBenchmarkObserver();
        await using var pacs = DemoPacs.Create(Path.Combine(root, "pacs"), (study, _) => _arrived.TryAdd(study, DateTimeOffset.UtcNow));
        await pacs.StartAsync(cancellationToken).ConfigureAwait(false);
        var app = RoleHost.Build("bench", gateway: true, inference: true, inMemoryOnly: broker is null, PipelineBenchmarkSettings.Create(root, options, pacs.Port, broker));
        using var observation = app.Services.GetRequiredService<IBus>().ConnectConsumeObserver(observer);
        TimeSpan sequentialElapsed;
        TimeSpan burstElapsed;
        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
            var port = app.Services.GetRequiredService<StoreScpService>().Port;
            await progress.WriteLineAsync($"[{transport}] warm-up: {input.WarmUp.Count} study").ConfigureAwait(false);
            foreach (var file in input.WarmUp)
            {
                await SendAsync(port, [file], cancellationToken).ConfigureAwait(false);
                await WaitForAsync(pacs, [input.StudyOf[file]], cancellationToken).ConfigureAwait(false);
            }

            await progress.WriteLineAsync($"[{transport}] sequential: {input.Sequential.Count} single-image studies, one at a time").ConfigureAwait(false);
            var started = DateTimeOffset.UtcNow;
            foreach (var file in input.Sequential)
            {
                await SendAsync(port, [file], cancellationToken).ConfigureAwait(false);
                await WaitForAsync(pacs, [input.StudyOf[file]], cancellationToken).ConfigureAwait(false);
            }

            sequentialElapsed = (LastArrival(input.Sequential) ?? DateTimeOffset.UtcNow) - started;
            await progress.WriteLineAsync($"[{transport}] burst: {input.Burst.Count} single-image studies on one association").ConfigureAwait(false);
            started = DateTimeOffset.UtcNow;
            await SendAsync(port, input.Burst, cancellationToken).ConfigureAwait(false);
            await WaitForAsync(pacs, [.. input.Burst.Select(f => input.StudyOf[f])], cancellationToken).ConfigureAwait(false);
            burstElapsed = (LastArrival(input.Burst) ?? DateTimeOffset.UtcNow) - started;
        }
        finally
        {
            await app.StopAsync(CancellationToken.None).ConfigureAwait(false);
            await app.DisposeAsync().ConfigureAwait(false);
        }

        return new PipelineBenchmarkRun(
            transport,
            new PipelineBenchmarkPhase("sequential", Measured(input.Sequential, observer), sequentialElapsed),
            new PipelineBenchmarkPhase("burst", Measured(input.Burst, observer), burstElapsed));
    }

    private async Task SendAsync(int port, IReadOnlyList<string> files, CancellationToken cancellationToken)
    {
        var scu = new DicomScuOptions { CallingAe = CallingAe, CalledAe = CalledAe };
        var association = await DicomScuClient.ConnectAsync("127.0.0.1", port, scu, ScuProposal.ForFiles(files), cancellationToken: cancellationToken).ConfigureAwait(false);
        await using (association.ConfigureAwait(false))
        {
            foreach (var file in files)
            {
                var result = await association.SendCStoreAsync(file, cancellationToken).ConfigureAwait(false);
                _stored[input.StudyOf[file]] = DateTimeOffset.UtcNow;
                if (!result.Status.IsSuccessOrWarning)
                {
                    throw new InvalidOperationException($"The gateway answered C-STORE of {Path.GetFileName(file)} with {result.Status}.");
                }
            }

            await association.ReleaseAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Waits until every study has its SR at the PACS or the timeout passes (missing SRs are reported, not thrown).</summary>
    private async Task WaitForAsync(DemoPacs pacs, IReadOnlyList<string> studies, CancellationToken cancellationToken)
    {
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        wait.CancelAfter(TimeSpan.FromSeconds(options.TimeoutSeconds));
        while (!studies.All(_arrived.ContainsKey) && !wait.IsCancellationRequested)
        {
            await pacs.WaitForNextAsync(wait.Token).ConfigureAwait(false);
        }

        cancellationToken.ThrowIfCancellationRequested();
    }

    private DateTimeOffset? LastArrival(IEnumerable<string> files)
    {
        var arrivals = files.Select(f => _arrived.TryGetValue(input.StudyOf[f], out var at) ? at : (DateTimeOffset?)null).OfType<DateTimeOffset>().ToList();
        return arrivals.Count > 0 ? arrivals.Max() : null;
    }

    private List<PipelineBenchmarkStudy> Measured(IEnumerable<string> files, PipelineBenchmarkObserver observer) =>
    [
        .. files.Select(f => input.StudyOf[f]).Select(study => new PipelineBenchmarkStudy(
            study,
            _stored[study],
            _arrived.TryGetValue(study, out var at) ? at : null,
            observer.Find(study))),
    ];
}
