using System.Data.Common;
using System.Net.Sockets;

namespace SimSid.Hosting;

/// <summary>Which exceptions are worth an immediate message retry; everything else goes straight to the _error queue.</summary>
public static class TransientFailures
{
    public static bool IsTransient(Exception exception) => exception switch
    {
        null => false,
        OperationCanceledException => false,
        TimeoutException or SocketException or IOException => true,
        DbException db => db.IsTransient || db.Message.Contains("database is locked", StringComparison.OrdinalIgnoreCase),
        AggregateException aggregate => aggregate.InnerExceptions.Any(IsTransient),
        _ => exception.InnerException is not null && IsTransient(exception.InnerException),
    };
}
