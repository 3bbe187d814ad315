using System.CommandLine;

namespace SimSid.Commands;

/// <summary>Every verb of the <c>simsid</c> command, one factory per verb file.</summary>
internal static class CommandCatalog
{
    public static IEnumerable<Command> All()
    {
        yield return InfoCommand.Create();
        yield return PreviewCommand.Create();
        yield return SynthCommand.Create();
        yield return TrainCommand.Create();
        yield return ScoreCommand.Create();
        yield return EvalCommand.Create();
        yield return CalibrateCommand.Create();
        yield return ModelsCommand.Create();
        yield return RetrainCommand.Create();
        yield return BenchCommand.Create();
        yield return EchoCommand.Create();
        yield return SendCommand.Create();
        yield return ReceiveCommand.Create();
        yield return ReportCommand.Create();
        yield return ServeCommand.Create();
        yield return GatewayCommand.Create();
        yield return InferenceCommand.Create();
        yield return DeliveriesCommand.Create();
        yield return DemoCommand.Create();
        yield break;
    }
}
