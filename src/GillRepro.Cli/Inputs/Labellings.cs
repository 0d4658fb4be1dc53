using GillRepro.Cli.Output;

namespace GillRepro.Cli.Inputs;

/// <summary>Labellings named on a command line (<c>compare</c>, <c>plot --compare</c>): each a file or folder of scorecards, read and compared.</summary>
internal static class Labellings
{
    /// <summary>
    /// Reads each path as one labelling: every copy it holds, for the comparison to report a paper held
    /// twice. False, with the exit code and every problem reported on <paramref name="error"/>, when fewer
    /// than two paths or one path twice are given, a path is missing, or a labelling holds no scorecard.
    /// True otherwise, with the exit code to end with (1 when a file could not be read).
    /// </summary>
    public static bool TryRead(string[] arguments, bool lenient, TextWriter error, out List<Labelling> labellings, out int exit, CancellationToken cancel = default)
    {
        labellings = [];
        exit = ExitCodes.Usage;
        if (arguments.Length < 2)
        {
            error.WriteLine($"gillrepro: compare needs two or more labellings of the same papers (each a file or a folder of scorecards, such as human/ and run-1/, or NAME=PATH), found one: {arguments.FirstOrDefault()}.");
            return false;
        }
        var (given, paths) = Split(arguments);
        // One file or folder twice is a labelling compared with itself: only when each copy is named.
        var twice = paths.Select((p, i) => (Full: Path.TrimEndingDirectorySeparator(Path.GetFullPath(p)), Index: i))
            .GroupBy(p => p.Full, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1 && g.Any(p => given[p.Index] is null));
        if (twice is not null)
        {
            var path = paths[twice.First().Index];
            error.WriteLine($"gillrepro: {path} is given twice; to compare a labelling with itself, name each (a={path} b={path}).");
            return false;
        }
        string[] names = [.. Names(paths)];   // a copy: Names may hand back the paths themselves
        for (var i = 0; i < names.Length; i++) names[i] = given[i] ?? names[i];
        var sameName = names.GroupBy(n => n, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (sameName is not null)
        {
            var path = paths[Array.IndexOf(names, sameName.Key)];
            error.WriteLine(given.Any(g => g == sameName.Key)
                ? $"gillrepro: the name '{sameName.Key}' is given to two labellings; name each differently (NAME=PATH)."
                : $"gillrepro: {path} is given twice; to compare a labelling with itself, name each (a={path} b={path}).");
            return false;
        }
        // Every path is checked before any is read; each is then read as a labelling of its own.
        if (!ScorecardSource.TryExpand(paths, ScorecardSource.AnyRendering, error, out _)) return false;

        var failed = false;
        foreach (var (path, name) in paths.Zip(names))
        {
            // Every copy: a paper twice in one labelling is for the comparison to report.
            var corpus = new CorpusFiles(new Sources([path], ScorecardSource.AnyRendering), error, lenient, cancel: cancel, noteCopies: false);
            var read = corpus.Copies().ToList();
            failed |= corpus.Failed > 0;
            if (read.Count == 0)
            {
                error.WriteLine($"gillrepro: no scorecard was read from {path}, so it cannot be compared.");
                exit = ExitCodes.Problems;
                return false;
            }
            labellings.Add(new Labelling(name, [.. read.Select(r => r.Copy.Paper)], [.. read.Select(r => r.Copy.Source)]));
        }
        exit = failed ? ExitCodes.Problems : ExitCodes.Success;
        return true;
    }

    /// <summary>
    /// The closing lines of a comparison, on standard error: each paper a labelling holds twice (compared
    /// as its first copy), and the papers found in some labellings only. False, with a line saying so,
    /// when no paper is in every labelling.
    /// </summary>
    public static bool Report(int papers, IReadOnlyList<DuplicatePaper> duplicates, int unmatched, bool json, TextWriter error, bool quiet = false)
    {
        foreach (var paper in quiet ? [] : duplicates)
            error.WriteLine($"gillrepro: warning: {paper.Labelling} holds \"{paper.Title}\" ({paper.Venue}) {paper.Sources.Count} times ({string.Join(", ", paper.Sources)}); the first was compared.");
        if (papers == 0)
        {
            error.WriteLine($"gillrepro: no paper is in every labelling, so nothing was compared ({SummaryOutput.Count(unmatched, "paper")} found in some only; papers match by venue, year and title).");
            return false;
        }
        if (unmatched > 0 && !quiet)
            error.WriteLine($"{SummaryOutput.Count(unmatched, "paper")} found in some labellings only {(unmatched == 1 ? "was" : "were")} left out of the figures{(json ? " (listed under \"unmatched\")" : "")}.");
        return true;
    }

    /// <summary>
    /// The names and paths of the labellings: <c>NAME=PATH</c> names one (when no file or folder is named
    /// so whole, and the name has no slash); any other argument is a path, named by <see cref="Names"/>.
    /// </summary>
    internal static (string?[] Names, string[] Paths) Split(string[] arguments)
    {
        var names = new string?[arguments.Length];
        var paths = new string[arguments.Length];
        for (var i = 0; i < arguments.Length; i++)
        {
            var argument = arguments[i];
            var equals = argument.IndexOf('=');
            var name = equals > 0 ? argument[..equals] : null;
            if (name is not null && equals < argument.Length - 1 && name.IndexOfAny(['/', '\\']) < 0 && !File.Exists(argument) && !Directory.Exists(argument))
            {
                names[i] = name;
                paths[i] = argument[(equals + 1)..];
            }
            else paths[i] = argument;
        }
        return (names, paths);
    }

    /// <summary>
    /// Each labelling's name for the tables: the last part of its path (a file without its extension), with
    /// as many folders before it as it takes to tell the labellings apart: <c>human</c>, <c>run-1</c>.
    /// </summary>
    internal static string[] Names(string[] paths)
    {
        var parts = paths.Select(p => Path.TrimEndingDirectorySeparator(p).Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries)).ToArray();
        string Name(string[] segments, int take)
        {
            if (segments.Length == 0) return "/";
            var last = segments.Length - 1;
            var tail = segments[Math.Max(0, segments.Length - take)..];
            if (File.Exists(string.Join(Path.DirectorySeparatorChar, segments)) || Path.HasExtension(segments[last])) tail[^1] = Path.GetFileNameWithoutExtension(tail[^1]);
            return string.Join('/', tail);
        }
        var take = new int[paths.Length];
        Array.Fill(take, 1);
        var names = parts.Select((p, i) => Name(p, take[i])).ToArray();
        for (var round = 0; round < 64 && names.Distinct(StringComparer.Ordinal).Count() < names.Length; round++)
        {
            for (var i = 0; i < names.Length; i++)
            {
                if (names.Count(n => n == names[i]) > 1 && take[i] < parts[i].Length) take[i]++;
            }
            names = [.. parts.Select((p, i) => Name(p, take[i]))];
        }
        // Paths that still read alike (the same folder twice) keep their place as they were given.
        return names.Distinct(StringComparer.Ordinal).Count() == names.Length ? names : paths;
    }
}
