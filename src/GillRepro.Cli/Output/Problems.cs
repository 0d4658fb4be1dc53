using System.Globalization;

namespace GillRepro.Cli.Output;

/// <summary>How the tool prints problems on standard error, as compilers do, so editors can jump to them.</summary>
internal static class Problems
{
    /// <summary><c>path:line:column: severity CODE: message</c>, and <c>; recovery</c> when the file was read leniently.</summary>
    public static void Write(TextWriter error, string file, Diagnostic diagnostic, bool lenient) => error.WriteLine(Format(file, diagnostic, lenient));

    /// <summary>How many diagnostics of one file are listed before the rest are counted (all with <c>--all</c> where a command has it).</summary>
    public const int ListedPerFile = 20;

    /// <summary>A file's warnings and errors as lines, at most <see cref="ListedPerFile"/> of them and then one line that counts the rest.</summary>
    public static IEnumerable<string> Listed(string file, IReadOnlyList<Diagnostic> diagnostics, bool all = false, bool information = false)
    {
        var shown = diagnostics.Where(d => information || d.Severity > DiagnosticSeverity.Information).ToList();
        var listed = all ? shown.Count : Math.Min(shown.Count, ListedPerFile);
        for (var i = 0; i < listed; i++) yield return Format(file, shown[i], lenient: true);
        if (listed < shown.Count)
            yield return string.Create(CultureInfo.InvariantCulture, $"{file}: {shown.Count - listed} more {(shown.Count - listed == 1 ? "problem" : "problems")} not listed (--all lists every one)");
    }

    public static string Format(string file, Diagnostic diagnostic, bool lenient) =>
        string.Create(CultureInfo.InvariantCulture, $"{file}:{diagnostic.ToString(withRecovery: lenient)}");
}
