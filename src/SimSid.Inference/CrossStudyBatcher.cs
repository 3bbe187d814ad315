using System.Threading.Channels;
using Microsoft.Extensions.Options;
using SimSid.Imaging;

namespace SimSid.Inference;

/// <summary>
/// Scores the images of concurrently consumed studies together: one scoring loop takes every request queued while the
/// previous batch was being scored (up to <see cref="InferenceOptions.MaxBatchSize"/> images, whole studies only, one
/// model per batch) and runs them as one batch. A lone study waits for nobody, so batching adds no latency; under load
/// the batches grow and throughput rises. The discriminator normalises each image on its own, so an image's score does
/// not depend on its batch companions (batched kernels sum in another order: scores agree to within 1e-4). When a batch
/// fails, its studies are retried one by one, so one study's failure is its own.
/// </summary>
public sealed class CrossStudyBatcher : IDisposable
{
    private readonly Channel<ScoringRequest> requests = Channel.CreateUnbounded<ScoringRequest>(new UnboundedChannelOptions { SingleReader = true });
    private readonly int maxBatchSize;
    private readonly InferenceMetrics? metrics;
    private readonly Task loop;
    private ScoringRequest? carried;

    public CrossStudyBatcher(IOptions<InferenceOptions> options, InferenceMetrics? metrics = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        maxBatchSize = Math.Max(1, options.Value.MaxBatchSize);
        this.metrics = metrics;
        loop = Task.Run(RunAsync);
    }

    /// <summary>Scores <paramref name="images"/> with <paramref name="model"/>, batched with other studies' images.</summary>
    public Task<IReadOnlyList<double>> ScoreAsync(IImageScorer model, IReadOnlyList<GrayImage> images, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(images);
        if (images.Count == 0)
        {
            return Task.FromResult<IReadOnlyList<double>>([]);
        }

        var request = new ScoringRequest(model, images, cancellationToken);
        ObjectDisposedException.ThrowIf(!requests.Writer.TryWrite(request), this);

        return request.Completion.Task;
    }

    /// <summary>Stops taking requests and waits for the queued ones to be scored.</summary>
    public void Dispose()
    {
        requests.Writer.TryComplete();
        loop.Wait(TimeSpan.FromMinutes(1));
    }

    private async Task RunAsync()
    {
        var reader = requests.Reader;
        while (carried is not null || await reader.WaitToReadAsync().ConfigureAwait(false))
        {
            var batch = TakeBatch(reader);
            if (batch.Count > 0)
            {
                Score(batch);
            }
        }
    }

    private List<ScoringRequest> TakeBatch(ChannelReader<ScoringRequest> reader)
    {
        var batch = new List<ScoringRequest>();
        var first = carried;
        carried = null;
        if (first is null && !reader.TryRead(out first))
        {
            return batch;
        }

        batch.Add(first);
        var count = first.Images.Count;
        while (count < maxBatchSize && reader.TryRead(out var next))
        {
            if (!ReferenceEquals(next.Model, first.Model) || count + next.Images.Count > maxBatchSize)
            {
                carried = next; // first of the next batch: another model, or too many images for this one
                break;
            }

            batch.Add(next);
            count += next.Images.Count;
        }

        return batch;
    }

    private void Score(List<ScoringRequest> batch)
    {
        batch.RemoveAll(r => r.CancelIfRequested());
        if (batch.Count == 0)
        {
            return;
        }

        if (batch.Count == 1 || !TryScoreTogether(batch))
        {
            foreach (var request in batch)
            {
                ScoreAlone(request);
            }
        }
    }

    private bool TryScoreTogether(List<ScoringRequest> batch)
    {
        var images = batch.SelectMany(r => r.Images).ToList();
        IReadOnlyList<double> scores;
        try
        {
            scores = batch[0].Model.Score(images);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return false; // retried one study at a time, so the failure lands on the study that causes it
        }

        metrics?.BatchImages.Record(images.Count);
        var offset = 0;
        foreach (var request in batch)
        {
            request.Completion.TrySetResult([.. scores.Skip(offset).Take(request.Images.Count)]);
            offset += request.Images.Count;
        }

        return true;
    }

    private void ScoreAlone(ScoringRequest request)
    {
        try
        {
            var scores = request.Model.Score(request.Images);
            metrics?.BatchImages.Record(request.Images.Count);
            request.Completion.TrySetResult(scores);
        }
        catch (Exception ex)
        {
            request.Completion.TrySetException(ex);
        }
    }
}
