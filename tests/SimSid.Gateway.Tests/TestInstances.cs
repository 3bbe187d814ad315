using SimSid.Gateway.State;

namespace SimSid.Gateway.Tests;

internal static class TestInstances
{
    public const string CrStorage = "1.2.840.10008.5.1.4.1.1.1";

    public static ReceivedInstance Record(string study, string series, string sop, string path) =>
        new(sop, CrStorage, study, series, "1.2.840.10008.1.2.1", path, "MODALITY");
}
