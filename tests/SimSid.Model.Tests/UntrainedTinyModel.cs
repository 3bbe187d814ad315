using SimSid.Model.Configuration;
using SimSid.Model.Network;
using SimSid.Model.Scoring;
using SimSid.Model.Storage;

namespace SimSid.Model.Tests;

/// <summary>A model directory holding a freshly initialised (untrained) tiny network, for loading and scoring tests.</summary>
internal static class UntrainedTinyModel
{
    public static void Save(string directory)
    {
        using var network = new SimSidNetwork(SimSidPresets.Tiny);
        ModelStore.Save(directory, network, new ModelManifest { Preset = "tiny", Calibration = new ScoreCalibration(0, 1), Threshold = 0.5, DeviceUid = DeviceUid.New() });
    }
}
