namespace SimSid.Retrain.Watching;

/// <summary>
/// Holds the model an inference worker uses and switches it between messages: each message takes a
/// <see cref="Lease"/> of the model current at its start and keeps it to the end, <see cref="Swap"/> installs a model
/// loaded beside the old one, and the old one is disposed only when its last lease ends. No message sees two models,
/// none waits for a load, and a swap never drops or repeats a message.
/// </summary>
/// <typeparam name="TModel">The loaded model (for example the model library's inference engine).</typeparam>
public sealed class HotSwapModel<TModel> : IDisposable
    where TModel : class, IDisposable
{
    private readonly Lock gate = new();
    private Holder current;
    private bool disposed;

    public HotSwapModel(TModel model, string version)
    {
        ArgumentNullException.ThrowIfNull(model);
        current = new Holder(model, version);
    }

    /// <summary>The version new leases get.</summary>
    public string CurrentVersion
    {
        get
        {
            lock (gate)
            {
                return current.Version;
            }
        }
    }

    /// <summary>Takes the current model for one message; dispose the lease when the message is done.</summary>
    public Lease Acquire()
    {
        lock (gate)
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            current.Leases++;
            return new Lease(this, current);
        }
    }

    /// <summary>Makes <paramref name="model"/> current; the previous model is disposed once no lease uses it. Returns the previous version.</summary>
    public string Swap(TModel model, string version)
    {
        ArgumentNullException.ThrowIfNull(model);
        Holder previous;
        lock (gate)
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            previous = current;
            current = new Holder(model, version);
            previous.Retired = true;
            if (previous.Leases > 0)
            {
                return previous.Version;
            }
        }

        previous.Model.Dispose();
        return previous.Version;
    }

    public void Dispose()
    {
        Holder last;
        lock (gate)
        {
            if (disposed)
            {
                return;
            }

            disposed = true;
            last = current;
            last.Retired = true;
            if (last.Leases > 0)
            {
                return;
            }
        }

        last.Model.Dispose();
    }

    private void Release(Holder holder)
    {
        lock (gate)
        {
            holder.Leases--;
            if (holder.Leases > 0 || !holder.Retired)
            {
                return;
            }
        }

        holder.Model.Dispose();
    }

    /// <summary>One message's use of one model version.</summary>
    public sealed class Lease : IDisposable
    {
        private readonly HotSwapModel<TModel> owner;
        private readonly Holder holder;
        private int released;

        internal Lease(HotSwapModel<TModel> owner, object holder)
        {
            this.owner = owner;
            this.holder = (Holder)holder;
        }

        public TModel Model => holder.Model;

        public string Version => holder.Version;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref released, 1) == 0)
            {
                owner.Release(holder);
            }
        }
    }

    private sealed class Holder(TModel model, string version)
    {
        public TModel Model { get; } = model;

        public string Version { get; } = version;

        public int Leases { get; set; }

        public bool Retired { get; set; }
    }
}
