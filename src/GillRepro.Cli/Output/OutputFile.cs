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
            error.WriteLine(File.Exists(folder)
                ? $"gillrepro: cannot write {target}: {folder} is a file, not a folder."
                : $"gillrepro: cannot write {target}: the folder {folder} does not exist.");
            return false;
        }
        // A file the user may not write is not replaced behind its back (replacing needs only the folder's permission).
        if (File.Exists(target.FullName) && !IsWritable(target.FullName))
        {
            error.WriteLine($"gillrepro: cannot write {target}: it is read-only; make it writable or name another file.");
            return false;
        }

        // The same extension as the target: some writers choose the format by it.
        var temporary = Path.Combine(folder, $".{target.Name}.{Guid.NewGuid():N}{TemporaryMark}{target.Extension}");
        Unfinished.TryAdd(temporary, 0);
        try
        {
            if (await write(temporary).ConfigureAwait(false))
            {
                // The file keeps its permissions: only its content is new.
                if (!OperatingSystem.IsWindows() && File.Exists(target.FullName)) File.SetUnixFileMode(temporary, File.GetUnixFileMode(target.FullName));
                File.Move(temporary, target.FullName, overwrite: true);
            }
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine(e is UnauthorizedAccessException
                ? $"gillrepro: cannot write {target}: permission denied."
                : $"gillrepro: cannot write {target}: {e.Message}");
            return false;
        }
        finally
        {
            TryDelete(temporary);
            Unfinished.TryRemove(temporary, out _);
        }
    }

    /// <summary>Writes <paramref name="bytes"/> to <paramref name="target"/>, whole or not at all (<see cref="TryWriteAsync"/>).</summary>
    public static bool TryWrite(FileInfo target, TextWriter error, byte[] bytes) =>
        TryWriteAsync(target, error, async temporary =>
        {
            await File.WriteAllBytesAsync(temporary, bytes).ConfigureAwait(false);
            return true;
        }).GetAwaiter().GetResult();

    /// <summary>The temporary files being written now: a second Ctrl+C, which ends the tool at once, deletes them first.</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, byte> Unfinished = new(StringComparer.Ordinal);

    /// <summary>Deletes every output still being written, for a tool about to end before its writers could.</summary>
    public static void DeleteUnfinished()
    {
        foreach (var temporary in Unfinished.Keys) TryDelete(temporary);
    }

    private static bool IsWritable(string path)
    {
        try
        {
            File.OpenHandle(path, FileMode.Open, FileAccess.Write).Dispose();
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
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
        // Each path with its links resolved: a file named through a link, or a folder reached through one, is still an input.
        var full = Inputs.RealPaths.Of(target.FullName);
        foreach (var input in inputs)
        {
            if (input == Inputs.ScorecardSource.StandardInput) continue;
            var path = Path.TrimEndingDirectorySeparator(Inputs.RealPaths.Of(input));
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
