using System.Collections;

namespace GillRepro;

/// <summary>
/// The rows of a parsed table, kept as compact <see cref="SourceRow"/> values over the source string:
/// a <see cref="Variable"/> (and its evidence string) is made the first time a row is read and kept from
/// then on. A parse therefore allocates one array for its rows however many there are, and a huge
/// document costs the garbage collector no more per character than a small one; reading every row
/// costs what building them during the parse did. Immutable and safe to share between threads: two
/// threads reading one row at once may both build it, and both see the one that was kept.
/// </summary>
internal sealed class SourceRows : IReadOnlyList<Variable>
{
    private readonly string _source;
    private readonly SourceRow[] _rows;
    private readonly int _count;
    private Variable?[]? _made;

    /// <summary>The first <paramref name="count"/> rows of <paramref name="rows"/>, an array nobody else holds.</summary>
    public SourceRows(string source, SourceRow[] rows, int count)
    {
        _source = source;
        _rows = rows;
        _count = count;
    }

    /// <summary>The rows, without making records.</summary>
    public ReadOnlySpan<SourceRow> Rows => _rows.AsSpan(0, _count);

    public int Count => _count;

    public Variable this[int index]
    {
        get
        {
            if ((uint)index >= (uint)_count) throw new ArgumentOutOfRangeException(nameof(index), index, $"The list has {_count} rows.");
            var made = _made ?? Interlocked.CompareExchange(ref _made, new Variable?[_count], null) ?? _made;
            return made[index] ?? Interlocked.CompareExchange(ref made[index], _rows[index].ToVariable(_source), null) ?? made[index]!;
        }
    }

    /// <summary>The rows with their evidence spans moved by <paramref name="offset"/> characters and <paramref name="lines"/> lines.</summary>
    public SourceRows Move(int offset, int lines)
    {
        var moved = new SourceRow[_count];
        for (var i = 0; i < moved.Length; i++)
        {
            var row = _rows[i];
            moved[i] = row with { Evidence = row.Evidence with { Offset = row.Evidence.Offset + offset, Line = row.Evidence.Line + lines } };
        }
        return new SourceRows(_source, moved, moved.Length);
    }

    public IEnumerator<Variable> GetEnumerator()
    {
        for (var i = 0; i < _count; i++) yield return this[i];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString()
    {
        var rows = new string[_count];
        for (var i = 0; i < rows.Length; i++) rows[i] = $"{_rows[i].Name}: {_rows[i].Result.Text}";
        return $"[{string.Join(", ", rows)}]";
    }
}
