using GillRepro.Cli.Output;

namespace GillRepro.Cli.Inputs;

/// <summary>The profile a <c>--profile NAME|FILE</c> names: a built-in by name, else a profile file, read and checked before any work.</summary>
internal static class ProfileSource
{
    /// <summary>
    /// True with the profile (null when <paramref name="value"/> is null); false, with one line on
    /// <paramref name="error"/> (<c>path:line:column: error CODE: message</c> for a file that is not a
    /// sound profile), when it names neither a built-in nor a readable, sound profile file.
    /// </summary>
    public static bool TryResolve(string? value, TextWriter error, out ScoringProfile? profile)
    {
        profile = null;
        if (value is null) return true;
        if (ScoringProfile.BuiltIn.TryGetValue(value, out profile)) return true;
        if (!File.Exists(value))
        {
            error.WriteLine(Directory.Exists(value)
                ? $"gillrepro: --profile '{value}' is a folder; give a built-in profile ({string.Join(", ", ScoringProfile.BuiltIn.Keys)}) or a profile file."
                : $"gillrepro: --profile '{value}' is neither a built-in profile ({string.Join(", ", ScoringProfile.BuiltIn.Keys)}) nor a file.");
            return false;
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(value);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"{value}: cannot be read: {(e is UnauthorizedAccessException ? "permission denied" : e.Message)}");
            return false;
        }
        if (!Scorecard.TryDecode(bytes, out var text, out var notText))
        {
            error.WriteLine(Problems.Format(value, notText, lenient: false));
            return false;
        }
        if (!ScoringProfile.TryParse(text, out profile, out var problem))
        {
            error.WriteLine(Problems.Format(value, problem, lenient: false));
            return false;
        }
        return true;
    }
}
