namespace GillRepro.Cli.Inputs;

/// <summary>
/// A path with every link on the way resolved, as <c>realpath(3)</c> gives it: two names of one file (a
/// link and its target, a folder reached through a link) compare equal. Parts that do not exist yet (an
/// output to be written) are kept as they are.
/// </summary>
internal static class RealPaths
{
    /// <summary>The most links followed, as Linux allows (<c>ELOOP</c> beyond it): a loop of links ends here.</summary>
    private const int MaxLinks = 40;

    public static string Of(string path)
    {
        var full = Path.GetFullPath(path);
        for (var links = 0; links < MaxLinks; links++)
        {
            if (FirstLink(full) is not { } resolved) return full;
            full = resolved;
        }
        return full;
    }

    /// <summary>The path with its first link (from the root) replaced by the link's target; null when no part is a link.</summary>
    private static string? FirstLink(string full)
    {
        var root = Path.GetPathRoot(full) ?? "";
        var parts = full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
        var current = root;
        for (var i = 0; i < parts.Length; i++)
        {
            var next = Path.Combine(current, parts[i]);
            string? target;
            try
            {
                target = new FileInfo(next).LinkTarget;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return null;
            }
            if (target is not null)
            {
                // A relative target is relative to the folder that holds the link.
                var resolved = Path.GetFullPath(target, current);
                return i + 1 == parts.Length ? resolved : Path.Combine([resolved, .. parts[(i + 1)..]]);
            }
            current = next;
        }
        return null;
    }
}
