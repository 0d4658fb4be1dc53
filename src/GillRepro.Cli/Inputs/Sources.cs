using System.Collections;
using System.IO.Enumeration;

namespace GillRepro.Cli.Inputs;

/// <summary>
/// The scorecards named on a command line, in order: each file as given, <c>-</c> as standard input, each
/// folder searched recursively for files with one of the extensions, in ordinal order of their paths. A
/// file named twice, or named and also found in a folder named, is read once, where it first comes; the
/// tool's own unfinished outputs (<see cref="Output.OutputFile.IsTemporary"/>) are never read. Folders are
/// walked as the files are read, one folder's entries at a time, so memory does not grow with the corpus
/// (a list of 58,640 paths was 25 MB of a run's peak, docs/performance.md); only the paths of files named
/// or found are remembered, to read each once. Enumerate it again to walk again.
/// </summary>
internal sealed class Sources(IReadOnlyList<string> paths, string[] extensions) : IEnumerable<ScorecardSource>
{
    /// <summary>How many files the sources hold: a walk of the folders, without reading them (for a progress bar).</summary>
    public int CountFiles() => this.Count();

    public IEnumerator<ScorecardSource> GetEnumerator()
    {
        if (paths.Count == 0)
        {
            yield return ScorecardSource.Sample;
            yield break;
        }
        // A file is remembered only when the named paths overlap (a path named twice, a file or folder
        // inside a folder also named): then every file is, else none is.
        HashSet<string>? seen = Overlap(paths) ? new(StringComparer.Ordinal) : null;
        var input = false;
        foreach (var path in paths)
        {
            if (path == ScorecardSource.StandardInput)
            {
                if (!input) yield return ScorecardSource.Input;
                input = true;
                continue;
            }
            if (File.Exists(path))
            {
                if (seen?.Add(Path.GetFullPath(path)) != false) yield return new ScorecardSource(path, path);
                continue;
            }
            foreach (var file in Walk(path))
            {
                if (seen?.Add(Path.GetFullPath(file.Path!)) != false) yield return file;
            }
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>True when one named path is another, or lies inside a folder named.</summary>
    private static bool Overlap(IReadOnlyList<string> paths)
    {
        var full = paths.Where(p => p != ScorecardSource.StandardInput).Select(p => Path.TrimEndingDirectorySeparator(Path.GetFullPath(p))).ToList();
        for (var i = 0; i < full.Count; i++)
        {
            for (var j = 0; j < full.Count; j++)
            {
                if (i != j && (full[i] == full[j] || full[j].StartsWith(full[i] + Path.DirectorySeparatorChar, StringComparison.Ordinal))) return true;
            }
        }
        return false;
    }

    /// <summary>
    /// A folder's files, depth first, each folder's entries in ordinal order of their names with a
    /// subfolder named as <c>name/</c>: exactly the ordinal order of the whole paths. A folder that cannot
    /// be listed comes back as a source, which then fails to read with the reason.
    /// </summary>
    private IEnumerable<ScorecardSource> Walk(string folder)
    {
        var unreadable = false;
        (string Key, string Path, bool Folder)[] entries;
        try
        {
            // From the directory entries alone (a FileInfo per file costs a stat call per file: sys time
            // 0.71 to 0.95 s on the real-page corpus). A link to a folder is not followed, as
            // Directory.EnumerateFiles does not: a link may loop.
            entries = [.. new FileSystemEnumerable<(string Key, string Path, bool Folder)>(folder,
                    (ref FileSystemEntry e) => e.IsDirectory && (e.Attributes & FileAttributes.ReparsePoint) == 0
                        ? (e.FileName.ToString() + "/", e.ToSpecifiedFullPath(), true)
                        : (e.FileName.ToString(), e.ToSpecifiedFullPath(), false),
                    new EnumerationOptions { IgnoreInaccessible = false, AttributesToSkip = 0 })
                .OrderBy(e => e.Key, StringComparer.Ordinal)];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            entries = [];
            unreadable = true;
        }
        if (unreadable)
        {
            yield return new ScorecardSource(folder, folder, Found: true);
            yield break;
        }

        foreach (var (_, path, isFolder) in entries)
        {
            if (isFolder)
            {
                foreach (var file in Walk(path)) yield return file;
            }
            else if (extensions.Any(e => path.EndsWith(e, StringComparison.OrdinalIgnoreCase)) && !Output.OutputFile.IsTemporary(Path.GetFileName(path)))
            {
                yield return new ScorecardSource(path, path, Found: true);
            }
        }
    }
}
