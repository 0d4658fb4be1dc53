namespace GillRepro.Diagnostics;

/// <summary>A place in a text by line and column, both from 1 (columns count UTF-16 code units).</summary>
public sealed record LineColumn
{
    internal LineColumn(int line, int column)
    {
        Line = line;
        Column = column;
    }

    /// <summary>The line, from 1.</summary>
    public int Line { get; }

    /// <summary>The column, from 1.</summary>
    public int Column { get; }
}
