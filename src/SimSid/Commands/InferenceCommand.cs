using System.CommandLine;

namespace SimSid.Commands;

/// <summary><c>simsid inference</c>: consumes StudyReady, scores frontal CR/DX images, publishes StudyScored.</summary>
internal static class InferenceCommand
{
    public static Command Create() => RoleCommandFactory.Create(
        "inference",
        "Run the inference worker: score ready studies with the model.",
        gateway: false,
        inference: true,
        inMemoryOnly: false);
}
