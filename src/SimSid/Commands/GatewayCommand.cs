using System.CommandLine;

namespace SimSid.Commands;

/// <summary><c>simsid gateway</c>: C-STORE SCP, archive, state database, settle timer, SR building and delivery, scheduled retraining.</summary>
internal static class GatewayCommand
{
    public static Command Create() => RoleCommandFactory.Create(
        "gateway",
        "Run the gateway role: receive studies, publish StudyReady, build and deliver SRs; scheduled retraining with Retrain:Enabled.",
        gateway: true,
        inference: false,
        inMemoryOnly: false);
}
