using System.CommandLine;

namespace SimSid.Commands;

/// <summary><c>simsid serve</c>: gateway and inference in one process on the in-memory bus (the embedded default; no broker).</summary>
internal static class ServeCommand
{
    public static Command Create() => RoleCommandFactory.Create(
        "serve",
        "Run the gateway and the inference worker in one process on the in-memory bus (SQLite, local archive folder); scheduled retraining with Retrain:Enabled.",
        gateway: true,
        inference: true,
        inMemoryOnly: true);
}
