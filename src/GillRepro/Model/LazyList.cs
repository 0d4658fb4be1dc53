using System.Collections;

namespace GillRepro;

/// <summary>A compact value a <see cref="LazyList{TEntry, T}"/> turns into its record on first read.</summary>
internal interface ILazyEntry<TEntry, out T>
    where TEntry : struct, ILazyEntry<TEntry, T>
{
    /// <summary>The record, made from <paramref name="source"/>, the string the list holds.</summary>
    T Make(string source);

    /// <summary>The entry with its spans moved by <paramref name="offset"/> characters and <paramref name="lines"/> lines.</summary>
    TEntry Moved(int offset, int lines);
}

/// <summary>
/// A read-only list of records kept as compact entries over the parsed source: a record is made the
/// first time it is read and kept from then on. A parse therefore allocates one array for a document's
/// rows (or diagnostics) however many there are, and a huge document costs the garbage collector no more
/// per character than a small one; reading every item costs what making them during the parse did.
/// Immutable and safe to share between threads: two threads reading one item at once may both make
/// it, and both get the one that was kept.
/// </summary>
internal sealed class LazyList<TEntry, T> : IReadOnlyList<T>, IFrozen
    where TEntry : struct, ILazyEntry<TEntry, T>
    where T : class
{
    private readonly string _source;
    private readonly TEntry[] _entries;
    private readonly int _count;
    private T?[]? _made;

    /// <summary>The first <paramref name="count"/> entries of <paramref name="entries"/>, an array nobody else holds.</summary>
    public LazyList(string source, TEntry[] entries, int count)
    {
        _source = source;
        _entries = entries;
        _count = count;
    }

    /// <summary>The entries, without making records.</summary>
    public ReadOnlySpan<TEntry> Entries => _entries.AsSpan(0, _count);

    public int Count => _count;

    public T this[int index]
    {
        get
        {
            if ((uint)index >= (uint)_count) throw new ArgumentOutOfRangeException(nameof(index), index, $"The list has {_count} items.");
            var made = _made ?? Interlocked.CompareExchange(ref _made, new T?[_count], null) ?? _made;
            return made[index] ?? Interlocked.CompareExchange(ref made[index], _entries[index].Make(_source), null) ?? made[index]!;
        }
    }

    /// <summary>The list with every span moved by <paramref name="offset"/> characters and <paramref name="lines"/> lines.</summary>
    public LazyList<TEntry, T> Move(int offset, int lines)
    {
        var moved = new TEntry[_count];
        for (var i = 0; i < moved.Length; i++) moved[i] = _entries[i].Moved(offset, lines);
        return new LazyList<TEntry, T>(_source, moved, moved.Length);
    }

    public IEnumerator<T> GetEnumerator()
    {
        for (var i = 0; i < _count; i++) yield return this[i];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => $"[{string.Join(", ", this)}]";
}
