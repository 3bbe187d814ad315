using SimSid.Inference;

namespace SimSid.Commands;

/// <summary>
/// Finds the model directory for verbs that score: <c>--model</c> when given, else <c>SIMSID_MODEL</c>, else the shipped
/// default <c>models/zhanglab-*/</c> found beside the executable or in a parent of the working directory (the same
/// search as the inference role's, <see cref="ModelDirectoryLocator"/>).
/// </summary>
internal static class DefaultModelLocator
{
    public static string Resolve(DirectoryInfo? explicitModel) =>
        ModelDirectoryLocator.Find(explicitModel?.FullName)
        ?? throw new DirectoryNotFoundException("No model given and no shipped model found: pass --model DIR or set SIMSID_MODEL.");
}
