namespace SimSid.Retrain.Registry;

/// <summary>
/// The <c>current</c> pointer: one line naming the current version. It is replaced by writing a temporary sibling and
/// renaming it over the old one (rename is atomic on POSIX and NTFS), so a reader sees the old or the new version,
/// never a partial one.
/// </summary>
internal static class PointerFile
{
    public static string? Read(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (FileNotFoundException)
        {
            return null;
        }
        catch (DirectoryNotFoundException)
        {
            return null;
        }

        var version = text.Trim();
        if (version.Length == 0)
        {
            throw new RegistryException($"{path} is empty; expected the name of the current model version.");
        }

        return version;
    }

    public static void Write(string path, string version)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var temp = Path.Combine(directory, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            using (var writer = new StreamWriter(stream))
            {
                writer.Write(version + "\n");
                writer.Flush();
                stream.Flush(flushToDisk: true);
            }

            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }
}
