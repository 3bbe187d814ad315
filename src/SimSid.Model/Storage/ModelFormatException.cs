namespace SimSid.Model.Storage;

/// <summary>A model directory is missing, unreadable, or does not match the configuration it claims.</summary>
public sealed class ModelFormatException : Exception
{
    public ModelFormatException()
    {
    }

    public ModelFormatException(string message)
        : base(message)
    {
    }

    public ModelFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
