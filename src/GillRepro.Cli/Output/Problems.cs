using System.Globalization;

namespace GillRepro.Cli.Output;

/// <summary>How the tool prints problems on standard error, as compilers do, so editors can jump to them.</summary>
internal static class Problems
{
    /// <summary><c>path:line:column: severity CODE: message</c></summary>
    public static void Write(TextWriter error, string file, Diagnostic diagnostic) => error.WriteLine(Format(file, diagnostic));

    public static string Format(string file, Diagnostic diagnostic) =>
        string.Create(CultureInfo.InvariantCulture, $"{file}:{diagnostic}");
}
