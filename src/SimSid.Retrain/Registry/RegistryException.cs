namespace SimSid.Retrain.Registry;

/// <summary>A registry operation cannot be done: unknown version, no previous model, a malformed pointer or model folder.</summary>
public sealed class RegistryException : Exception
{
    public RegistryException()
    {
    }

    public RegistryException(string message)
        : base(message)
    {
    }

    public RegistryException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
