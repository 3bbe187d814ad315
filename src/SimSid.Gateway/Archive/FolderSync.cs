using System.Runtime.InteropServices;

namespace SimSid.Gateway.Archive;

/// <summary>
/// Makes a rename into a folder durable by fsync-ing the folder itself (Linux: open O_RDONLY + fsync). .NET cannot open
/// a folder as a file handle, hence libc; elsewhere a no-op. Best effort: the file's own data is already on disk.
/// </summary>
internal static class FolderSync
{
    public static void Flush(string folder)
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        var fd = NativeMethods.open(folder, 0);
        if (fd >= 0)
        {
            _ = NativeMethods.fsync(fd);
            _ = NativeMethods.close(fd);
        }
    }

    private static class NativeMethods
    {
        [DllImport("libc", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
#pragma warning disable SA1300, IDE1006 // libc names
        public static extern int open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags);

        [DllImport("libc", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern int fsync(int fd);

        [DllImport("libc", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern int close(int fd);
#pragma warning restore SA1300, IDE1006
    }
}
