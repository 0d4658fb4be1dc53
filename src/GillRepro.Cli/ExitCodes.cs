namespace GillRepro.Cli;

/// <summary>What <c>gillrepro</c> returns to the shell.</summary>
internal static class ExitCodes
{
    /// <summary>Everything was read and, for <c>format --check</c>, every file is canonical.</summary>
    public const int Success = 0;

    /// <summary>At least one file could not be parsed, or (with <c>format --check</c>) is not canonical.</summary>
    public const int Problems = 1;

    /// <summary>The command line was wrong, or a PATH does not exist.</summary>
    public const int Usage = 2;

    /// <summary>Ctrl+C stopped the command; nothing was written (128 + SIGINT, as shells report it).</summary>
    public const int Cancelled = 130;
}
