using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using SimSid.Dicom;

namespace SimSid.Commands;

/// <summary>
/// Shared pieces of <c>simsid bench receive|send</c>: synthetic CR instances written with the core library, and the
/// dcmtk peers (storescu, storescp) run as child processes on loopback.
/// </summary>
internal static class NetworkBenchmark
{
    public const string PeerAe = "BENCHPEER";
    public const uint MaxPdu = 131072; // dcmtk's largest -pdu, used on every side for a like-for-like comparison.

    /// <summary>Writes <paramref name="count"/> 16-bit CR instances of <paramref name="size"/>² pixels; returns their paths.</summary>
    public static List<string> CreateInstances(string folder, int count, int size)
    {
        Directory.CreateDirectory(folder);
        var study = DicomUid.Generate();
        var series = DicomUid.Generate();
        var pixels = new byte[size * size * 2];
        var random = new Random(20261129);
        var paths = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            random.NextBytes(pixels);
            for (var p = 1; p < pixels.Length; p += 2)
            {
                pixels[p] &= 0x0F; // 12 bits stored.
            }

            var dataset = new DicomDataset();
            dataset.AddOrUpdate(DicomTag.SOPClassUID, DicomVR.UI, "1.2.840.10008.5.1.4.1.1.1");
            dataset.AddOrUpdate(DicomTag.SOPInstanceUID, DicomVR.UI, DicomUid.Generate());
            dataset.AddOrUpdate(DicomTag.Modality, DicomVR.CS, "CR");
            dataset.AddOrUpdate(DicomTag.StudyInstanceUID, DicomVR.UI, study);
            dataset.AddOrUpdate(DicomTag.SeriesInstanceUID, DicomVR.UI, series);
            dataset.AddOrUpdate(DicomTag.InstanceNumber, DicomVR.IS, (i + 1).ToString(CultureInfo.InvariantCulture));
            dataset.AddOrUpdate(DicomTag.SamplesPerPixel, (ushort)1);
            dataset.AddOrUpdate(DicomTag.PhotometricInterpretation, DicomVR.CS, "MONOCHROME2");
            dataset.AddOrUpdate(DicomTag.Rows, (ushort)size);
            dataset.AddOrUpdate(DicomTag.Columns, (ushort)size);
            dataset.AddOrUpdate(DicomTag.BitsAllocated, (ushort)16);
            dataset.AddOrUpdate(DicomTag.BitsStored, (ushort)12);
            dataset.AddOrUpdate(DicomTag.HighBit, (ushort)11);
            dataset.AddOrUpdate(DicomTag.PixelRepresentation, (ushort)0);
            dataset.AddOrUpdate(DicomTag.PixelData, DicomVR.OW, (byte[])pixels.Clone());
            var path = Path.Combine(folder, $"cr{i.ToString("D5", CultureInfo.InvariantCulture)}.dcm");
            new DicomFile(dataset, DicomTransferSyntax.ExplicitVRLittleEndian).Save(path);
            paths.Add(path);
        }

        return paths;
    }

    /// <summary>Reads every file once so both contenders start with the same warm page cache.</summary>
    public static long WarmUp(IEnumerable<string> paths)
    {
        long total = 0;
        var buffer = new byte[1 << 20];
        foreach (var path in paths)
        {
            using var stream = File.OpenRead(path);
            int read;
            while ((read = stream.Read(buffer)) > 0)
            {
                total += read;
            }
        }

        return total;
    }

    public static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    public static Process StartStorescp(string outDir, int port)
    {
        Directory.CreateDirectory(outDir);
        var process = Start("storescp", "-aet", PeerAe, "+xa", "-pdu", MaxPdu.ToString(CultureInfo.InvariantCulture), "-od", outDir, port.ToString(CultureInfo.InvariantCulture));
        WaitForPort(process, port);
        return process;
    }

    /// <summary>Runs storescu over a folder (one association) and returns the elapsed time.</summary>
    public static async Task<TimeSpan> RunStorescuAsync(string folder, int port, string calledAe, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        using var process = Start("storescu", "-aet", "BENCHSCU", "-aec", calledAe, "-pdu", MaxPdu.ToString(CultureInfo.InvariantCulture), "+sd", "127.0.0.1", port.ToString(CultureInfo.InvariantCulture), folder);
        await process.WaitForExitAsync(cancellationToken);
        watch.Stop();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"storescu exited {process.ExitCode}.");
        }

        return watch.Elapsed;
    }

    public static void Stop(Process process)
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }

        process.Dispose();
    }

    public static object Row(string contender, int count, long bytes, TimeSpan elapsed) => new
    {
        contender,
        instances = count,
        megabytes = Math.Round(bytes / 1e6, 1),
        seconds = Math.Round(elapsed.TotalSeconds, 3),
        instancesPerSecond = Math.Round(count / elapsed.TotalSeconds, 1),
        megabytesPerSecond = Math.Round(bytes / 1e6 / elapsed.TotalSeconds, 1),
    };

    private static Process Start(string tool, params string[] arguments)
    {
        var psi = new ProcessStartInfo(tool) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in arguments)
        {
            psi.ArgumentList.Add(a);
        }

        var process = Process.Start(psi) ?? throw new InvalidOperationException($"Could not start {tool} (is dcmtk installed?).");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static void WaitForPort(Process process, int port)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(20))
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"storescp exited {process.ExitCode} before listening.");
            }

            try
            {
                using var client = new TcpClient();
                client.Connect(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException)
            {
                Thread.Sleep(50); // Readiness probe for a child process.
            }
        }

        throw new TimeoutException($"storescp did not listen on {port}.");
    }
}
