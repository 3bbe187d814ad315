using TorchSharp;

namespace SimSid.Model.Tests;

/// <summary>Deterministic, single-threaded TorchSharp for every test.</summary>
internal static class TorchFixture
{
    private static readonly Lock Gate = new();
    private static bool initialised;

    public static void Seed(long seed = 1234)
    {
        lock (Gate)
        {
            if (!initialised)
            {
                torch.set_num_threads(1);
                initialised = true;
            }
        }

        torch.manual_seed(seed);
    }
}
