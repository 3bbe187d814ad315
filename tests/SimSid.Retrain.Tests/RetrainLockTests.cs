using System.Diagnostics;
using SimSid.Retrain.Locking;
using SimSid.Testing;

namespace SimSid.Retrain.Tests;

public sealed class RetrainLockTests
{
    private const string PythonTryLock =
        "import fcntl,sys\nf=open(sys.argv[1],'a')\ntry:\n    fcntl.flock(f, fcntl.LOCK_EX|fcntl.LOCK_NB)\n    print('acquired')\nexcept OSError:\n    print('busy')\n";

    private const string PythonHoldLock =
        "import fcntl,sys\nf=open(sys.argv[1],'a')\nfcntl.flock(f, fcntl.LOCK_EX)\nprint('locked', flush=True)\nsys.stdin.readline()\n";

    [Fact]
    public void Acquire_TwiceInOneProcess_SecondIsRefused()
    {
        using var temp = new TempDirectory("simsid-lock");
        var path = temp.Combine(".retrain.lock");
        using var first = RetrainLock.Acquire(path);

        var error = Assert.Throws<RetrainLockedException>(() => RetrainLock.Acquire(path));

        Assert.Contains(".retrain.lock", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Acquire_AfterRelease_Succeeds()
    {
        using var temp = new TempDirectory("simsid-lock");
        var path = temp.Combine(".retrain.lock");
        RetrainLock.Acquire(path).Dispose();

        using var again = RetrainLock.Acquire(path);

        Assert.True(File.Exists(path));
    }

    [Fact]
    public void Acquire_Held_OtherProcessCannotLock()
    {
        using var temp = new TempDirectory("simsid-lock");
        var path = temp.Combine(".retrain.lock");
        using (RetrainLock.Acquire(path))
        {
            Assert.Equal("busy", ExternalTool.RunChecked("python3", "-c", PythonTryLock, path).StandardOutput.Trim());
        }

        Assert.Equal("acquired", ExternalTool.RunChecked("python3", "-c", PythonTryLock, path).StandardOutput.Trim());
    }

    [Fact]
    public void Acquire_HeldByOtherProcess_IsRefused()
    {
        using var temp = new TempDirectory("simsid-lock");
        var path = temp.Combine(".retrain.lock");
        var start = new ProcessStartInfo(ExternalTool.Find("python3")) { RedirectStandardInput = true, RedirectStandardOutput = true };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(PythonHoldLock);
        start.ArgumentList.Add(path);
        using var holder = Process.Start(start)!;
        try
        {
            Assert.Equal("locked", holder.StandardOutput.ReadLine());

            Assert.Throws<RetrainLockedException>(() => RetrainLock.Acquire(path));
        }
        finally
        {
            holder.StandardInput.WriteLine();
            holder.WaitForExit();
        }

        using var mine = RetrainLock.Acquire(path);
    }
}
