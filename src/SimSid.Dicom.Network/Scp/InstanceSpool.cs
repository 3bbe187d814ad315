namespace SimSid.Dicom.Network.Scp;

/// <summary>
/// A C-STORE data set being written to a hidden temporary Part 10 file in the staging folder as its fragments
/// arrive. Disposing an incomplete spool deletes the file, so an aborted transfer never leaves a partial instance.
/// </summary>
internal sealed class InstanceSpool : IAsyncDisposable
{
    private FileStream? _file;

    private InstanceSpool(string path, FileStream file)
    {
        Path = path;
        _file = file;
    }

    public string Path { get; }

    public long Length { get; private set; }

    /// <summary>First write error (typically disk full); later fragments are then dropped.</summary>
    public Exception? Failure { get; private set; }

    public static InstanceSpool Create(string stagingDirectory, string sopClassUid, string sopInstanceUid, string transferSyntaxUid, string callingAe)
    {
        Directory.CreateDirectory(stagingDirectory);
        var path = System.IO.Path.Combine(stagingDirectory, $".{Guid.NewGuid():N}.part");
        var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024, FileOptions.Asynchronous);
        try
        {
            Files.Part10Header.Write(file, sopClassUid, sopInstanceUid, transferSyntaxUid, callingAe);
        }
        catch
        {
            file.Dispose();
            File.Delete(path);
            throw;
        }

        return new InstanceSpool(path, file);
    }

    public async ValueTask WriteAsync(ReadOnlyMemory<byte> fragment, CancellationToken cancellationToken)
    {
        if (Failure is not null || _file is null)
        {
            return;
        }

        try
        {
            await _file.WriteAsync(fragment, cancellationToken).ConfigureAwait(false);
        }
        catch (IOException ex)
        {
            Failure = ex;
        }
    }

    /// <summary>Flushes to the device (fsync) and closes; the file stays until the handler moves it or disposal deletes it.</summary>
    public async ValueTask CompleteAsync()
    {
        if (_file is null || Failure is not null)
        {
            return;
        }

        try
        {
            await _file.FlushAsync().ConfigureAwait(false);
            _file.Flush(flushToDisk: true);
            Length = _file.Length;
        }
        catch (IOException ex)
        {
            Failure = ex;
        }
        finally
        {
            await _file.DisposeAsync().ConfigureAwait(false);
            _file = null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_file is not null)
        {
            await _file.DisposeAsync().ConfigureAwait(false);
            _file = null;
        }

        try
        {
            File.Delete(Path);
        }
        catch (IOException)
        {
            // Nothing more to do: the staging folder holds only hidden .part files.
        }
    }
}
