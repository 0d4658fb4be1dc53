using System.Globalization;

namespace GillRepro.Cli.Output;

/// <summary>How the tool prints problems on standard error, as compilers do, so editors can jump to them.</summary>
internal static class Problems
{
    /// <summary><c>path:line:column: severity CODE: message</c>, and <c>; recovery</c> when the file was read leniently.</summary>
    public static void Write(TextWriter error, string file, Diagnostic diagnostic, bool lenient) => error.WriteLine(Format(file, diagnostic, lenient));

    public static string Format(string file, Diagnostic diagnostic, bool lenient) =>
        string.Create(CultureInfo.InvariantCulture, $"{file}:{diagnostic.ToString(withRecovery: lenient)}");
}
