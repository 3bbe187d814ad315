using System.CommandLine;
using SimSid.Commands;

var root = new RootCommand("simsid: SimSID chest-radiograph triage for PACS (not for diagnostic use)");
foreach (var command in CommandCatalog.All())
{
    root.Subcommands.Add(command);
}

return await root.Parse(args).InvokeAsync();
