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
        var temporary = Path.Combine(folder, $".{target.Name}.{Guid.NewGuid():N}{TemporaryMark}{target.Extension}");
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

    /// <summary>What the name of an unfinished output holds, so that no command reads one as a scorecard.</summary>
    private const string TemporaryMark = ".gillrepro-partial";

    /// <summary>True when a file's name is that of an output still being written (or left by a run that was killed).</summary>
    public static bool IsTemporary(string name) => name.StartsWith('.') && name.Contains(TemporaryMark, StringComparison.Ordinal);

    /// <summary>
    /// False, with one line on <paramref name="error"/>, when <paramref name="target"/> is one of the
    /// inputs a run reads: a file named among <paramref name="inputs"/>, or a file with one of
    /// <paramref name="extensions"/> inside a folder named. Writing it would overwrite a scorecard, or
    /// read the output back as one.
    /// </summary>
    public static bool IsNotAnInput(FileInfo target, IReadOnlyList<string> inputs, string[] extensions, TextWriter error)
    {
        var full = target.FullName;
        foreach (var input in inputs)
        {
            if (input == Inputs.ScorecardSource.StandardInput) continue;
            var path = Path.TrimEndingDirectorySeparator(Path.GetFullPath(input));
            var clash = File.Exists(path) || !Directory.Exists(path)
                ? string.Equals(path, full, StringComparison.Ordinal)
                : full.StartsWith(path + Path.DirectorySeparatorChar, StringComparison.Ordinal) && extensions.Any(e => full.EndsWith(e, StringComparison.OrdinalIgnoreCase));
            if (clash)
            {
                error.WriteLine(File.Exists(path)
                    ? $"gillrepro: cannot write {target}: it is one of the inputs ({input}); name another file."
                    : $"gillrepro: cannot write {target}: it is inside {input}, which is read for scorecards; name a file elsewhere or with another extension.");
                return false;
            }
        }
        return true;
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
