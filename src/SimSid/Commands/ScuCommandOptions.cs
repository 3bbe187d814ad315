using SimSid.Dicom.Network.Scu;

namespace SimSid.Commands;

/// <summary>SCU settings shared by the network verbs.</summary>
internal static class ScuCommandOptions
{
    public static DicomScuOptions Create(string callingAe, string calledAe, int timeoutSeconds)
    {
        var timeout = TimeSpan.FromSeconds(Math.Max(1, timeoutSeconds));
        return new DicomScuOptions
        {
            CallingAe = callingAe,
            CalledAe = calledAe,
            ConnectTimeout = timeout,
            AssociationTimeout = timeout,
            DimseTimeout = timeout,
        };
    }
}
