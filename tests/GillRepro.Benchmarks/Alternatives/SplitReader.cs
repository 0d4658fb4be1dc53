namespace GillRepro.Benchmarks.Alternatives;

/// <summary>
/// The floor: the naive reader a script would be, <c>Split('\n')</c> then <c>Split('|')</c> on each
/// table line. It builds nothing (it counts the cells it would keep) and checks nothing.
/// </summary>
public static class SplitReader
{
    public static int Read(string text)
    {
        var cells = 0;
        foreach (var line in text.Split('\n'))
        {
            if (line.Length == 0 || line[0] != '|') continue;
            cells += line.Split('|').Length;
        }
        return cells;
    }
}
