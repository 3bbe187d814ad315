using System.Collections.Concurrent;
using System.Globalization;

namespace SimSid.Retrain.Locking;

/// <summary>
/// Never two retraining runs at once on one registry: a process-wide claim on the lock path plus the lock file opened
/// with <see cref="FileShare.None"/> (an exclusive OS lock other processes cannot take). The file is left in place on
/// release (deleting it would let two openers hold different files); a crashed holder's lock dies with its process.
/// </summary>
public sealed class RetrainLock : IDisposable
{
    private static readonly ConcurrentDictionary<string, byte> HeldInProcess = new(StringComparer.Ordinal);

    private readonly string path;
    private FileStream? stream;

    private RetrainLock(string path, FileStream stream)
    {
        this.path = path;
        this.stream = stream;
    }

    /// <summary>Takes the lock at <paramref name="lockPath"/>.</summary>
    /// <exception cref="RetrainLockedException">Another run holds it.</exception>
    public static RetrainLock Acquire(string lockPath)
    {
        var path = Path.GetFullPath(lockPath);
        if (!HeldInProcess.TryAdd(path, 0))
        {
            throw new RetrainLockedException($"A retraining run in this process already holds {path}.");
        }

        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            stream.SetLength(0);
            using (var writer = new StreamWriter(stream, leaveOpen: true))
            {
                writer.Write(string.Create(CultureInfo.InvariantCulture, $"pid {Environment.ProcessId} since {DateTimeOffset.UtcNow:O}\n"));
            }

            stream.Flush();
            return new RetrainLock(path, stream);
        }
        catch (IOException ex)
        {
            HeldInProcess.TryRemove(path, out _);
            throw new RetrainLockedException($"Another retraining run holds {path}.", ex);
        }
        catch
        {
            HeldInProcess.TryRemove(path, out _);
            throw;
        }
    }

    public void Dispose()
    {
        if (stream is null)
        {
            return;
        }

        stream.Dispose();
        stream = null;
        HeldInProcess.TryRemove(path, out _);
    }
}
