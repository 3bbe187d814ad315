using System.CommandLine;

namespace SimSid.Commands;

/// <summary><c>simsid inference</c>: consumes StudyReady, scores frontal CR/DX images, publishes StudyScored.</summary>
internal static class InferenceCommand
{
    public static Command Create() => RoleCommandFactory.Create(
        "inference",
        "Run the inference worker: score ready studies with the model (a fixed folder, or the registry's current model with hot reload: Inference:ModelRegistry).",
        gateway: false,
        inference: true,
        inMemoryOnly: false);
}
