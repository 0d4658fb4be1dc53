namespace GillRepro.Cli.Output;

/// <summary>
/// A file the tool writes whole or not at all: the content goes to a hidden temporary file beside it,
/// which replaces the file only when the writing finished. On an error or Ctrl+C the temporary file is
/// deleted, so nothing half-written is ever left behind.
/// </summary>
internal static class OutputFile
{
    /// <summary>
    /// Writes the file through <paramref name="write"/>, which receives the temporary path and says
    /// whether what it wrote is worth keeping (nothing is kept, and the file is left as it was, when it
    /// is not); false, with one line on <paramref name="error"/>, when the file cannot be written.
    /// </summary>
    public static async Task<bool> TryWriteAsync(FileInfo target, TextWriter error, Func<string, Task<bool>> write)
    {
        if (Directory.Exists(target.FullName))
        {
            error.WriteLine($"gillrepro: cannot write {target}: it is a folder; name a file inside it.");
            return false;
        }
        var folder = target.DirectoryName ?? ".";
        if (!Directory.Exists(folder))
        {
            error.WriteLine($"gillrepro: cannot write {target}: the folder {folder} does not exist.");
            return false;
        }

        // The same extension as the target: some writers choose the format by it.
        var temporary = Path.Combine(folder, $".{target.Name}.{Guid.NewGuid():N}.partial{target.Extension}");
        try
        {
            if (await write(temporary).ConfigureAwait(false)) File.Move(temporary, target.FullName, overwrite: true);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine(e is UnauthorizedAccessException
                ? $"gillrepro: cannot write {target}: permission denied; choose a folder you can write to."
                : $"gillrepro: cannot write {target}: {e.Message}");
            return false;
        }
        finally
        {
            TryDelete(temporary);
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Nothing more can be done about a file that cannot be deleted; it is hidden and named .partial.
        }
    }
}
