using SimSid.Dicom.Network.Scu;

namespace SimSid.Pipeline.Tests;

/// <summary>Plays the modality: sends files to the gateway over one association with our SCU and asserts success.</summary>
internal static class ModalityScu
{
    public static async Task SendAsync(int gatewayPort, IReadOnlyCollection<string> paths)
    {
        var options = new DicomScuOptions { CallingAe = "MODALITY", CalledAe = "SIMSID" };
        await using var association = await DicomScuClient.ConnectAsync("127.0.0.1", gatewayPort, options, ScuProposal.ForFiles(paths));
        foreach (var path in paths)
        {
            Assert.True((await association.SendCStoreAsync(path)).Status.IsSuccessOrWarning);
        }

        await association.ReleaseAsync();
    }
}
