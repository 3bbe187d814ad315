using Microsoft.Extensions.Logging;

namespace SimSid.Commands;

/// <summary>Writes log events as plain lines to standard error, keeping standard output for JSON results.</summary>
internal sealed class ModelVerbLogger(LogLevel minimum = LogLevel.Information) : ILogger
{
    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel >= minimum;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        ArgumentNullException.ThrowIfNull(formatter);
        if (IsEnabled(logLevel))
        {
            // Clear a progress line drawn with carriage returns before writing the event on its own line.
            Console.Error.WriteLine("\r" + formatter(state, exception).PadRight(120));
        }
    }
}
