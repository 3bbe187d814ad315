namespace SimSid.Gateway.Archive;

/// <summary>A path into the archive was refused (invalid UID segment, or outside the archive root).</summary>
public sealed class ArchivePathException : Exception
{
    public ArchivePathException()
    {
    }

    public ArchivePathException(string message)
        : base(message)
    {
    }

    public ArchivePathException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
