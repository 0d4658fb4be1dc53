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
/// first time it is read and kept from then on. A parse therefore allocates a few arrays (see
/// <see cref="EntryBuffer{T}"/>) for a document's rows (or diagnostics) and no object per row, and a
/// huge document costs the garbage collector no more per character than a small one; reading every
/// item costs what making them during the parse did. Immutable and safe to share between threads: two
/// threads reading one item at once may both make it, and both get the one that was kept.
/// </summary>
internal sealed class LazyList<TEntry, T> : IReadOnlyList<T>, IFrozen
    where TEntry : struct, ILazyEntry<TEntry, T>
    where T : class
{
    private readonly string _source;
    private readonly EntryBuffer<TEntry> _entries;
    private T?[]? _made;

    /// <summary>The entries of <paramref name="entries"/>, which nobody appends to any more.</summary>
    public LazyList(string source, EntryBuffer<TEntry> entries)
    {
        _source = source;
        _entries = entries;
    }

    public int Count => _entries.Count;

    /// <summary>The entry at <paramref name="index"/>, without making its record.</summary>
    public ref readonly TEntry Entry(int index)
    {
        if ((uint)index >= (uint)_entries.Count) throw OutOfRange(index);
        return ref _entries[index];
    }

    public T this[int index]
    {
        get
        {
            if ((uint)index >= (uint)_entries.Count) throw OutOfRange(index);
            var made = _made ?? Interlocked.CompareExchange(ref _made, new T?[_entries.Count], null) ?? _made;
            return made[index] ?? Interlocked.CompareExchange(ref made[index], _entries[index].Make(_source), null) ?? made[index]!;
        }
    }

    /// <summary>The list with every span moved by <paramref name="offset"/> characters and <paramref name="lines"/> lines.</summary>
    public LazyList<TEntry, T> Move(int offset, int lines)
    {
        var moved = new EntryBuffer<TEntry>();
        for (var i = 0; i < _entries.Count; i++) moved.Add(_entries[i].Moved(offset, lines));
        return new LazyList<TEntry, T>(_source, moved);
    }

    public IEnumerator<T> GetEnumerator()
    {
        for (var i = 0; i < _entries.Count; i++) yield return this[i];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => $"[{string.Join(", ", this)}]";

    private ArgumentOutOfRangeException OutOfRange(int index) => new(nameof(index), index, $"The list has {_entries.Count} items.");
}
