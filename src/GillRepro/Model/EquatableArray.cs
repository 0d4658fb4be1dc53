using System.Collections;
using System.Runtime.CompilerServices;

namespace GillRepro.Model;

/// <summary>
/// An immutable list that is equal to another with the same items in the same order, so the records that
/// hold one compare by content. Write one as a collection expression (<c>["Ada", "Alan"]</c>) or from any
/// list (<see cref="EquatableArray.From{T}"/>); the default value is the empty list.
/// </summary>
/// <typeparam name="T">The items' type.</typeparam>
[CollectionBuilder(typeof(EquatableArray), nameof(EquatableArray.Create))]
public readonly struct EquatableArray<T> : IReadOnlyList<T>, IEquatable<EquatableArray<T>>
{
    private readonly T[]? _items;

    internal EquatableArray(T[] items) => _items = items;

    /// <summary>The number of items.</summary>
    public int Count => _items?.Length ?? 0;

    /// <summary>The item at <paramref name="index"/>.</summary>
    /// <param name="index">From 0 to <see cref="Count"/> − 1.</param>
    public T this[int index] => (_items ?? [])[index];

    /// <summary>The items as a read-only span.</summary>
    public ReadOnlySpan<T> AsSpan() => _items;

    /// <summary>An enumerator over the items, which allocates nothing.</summary>
    public ReadOnlySpan<T>.Enumerator GetEnumerator() => AsSpan().GetEnumerator();

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)(_items ?? [])).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => (_items ?? []).GetEnumerator();

    /// <summary>True when both hold equal items in the same order.</summary>
    /// <param name="other">Another list.</param>
    public bool Equals(EquatableArray<T> other)
    {
        if (ReferenceEquals(_items, other._items)) return true;
        return AsSpan().SequenceEqual(other.AsSpan(), EqualityComparer<T>.Default);
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is EquatableArray<T> other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Count);
        foreach (var item in AsSpan()) hash.Add(item);
        return hash.ToHashCode();
    }

    /// <summary>True when both hold equal items in the same order.</summary>
    /// <param name="left">A list.</param>
    /// <param name="right">Another.</param>
    public static bool operator ==(EquatableArray<T> left, EquatableArray<T> right) => left.Equals(right);

    /// <summary>True when the lists differ in an item or in length.</summary>
    /// <param name="left">A list.</param>
    /// <param name="right">Another.</param>
    public static bool operator !=(EquatableArray<T> left, EquatableArray<T> right) => !left.Equals(right);

    /// <summary>The items, as <c>[a, b]</c>.</summary>
    public override string ToString() => $"[{string.Join(", ", _items ?? [])}]";
}

/// <summary>Makes <see cref="EquatableArray{T}"/>s.</summary>
public static class EquatableArray
{
    /// <summary>A list of copies of the items (what a collection expression calls).</summary>
    /// <param name="items">The items.</param>
    /// <typeparam name="T">Their type.</typeparam>
    public static EquatableArray<T> Create<T>(ReadOnlySpan<T> items) => new(items.ToArray());

    /// <summary>A list of the items of any sequence, in order.</summary>
    /// <param name="items">The items.</param>
    /// <typeparam name="T">Their type.</typeparam>
    public static EquatableArray<T> From<T>(IEnumerable<T> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        return items is EquatableArray<T> already ? already : new([.. items]);
    }

    /// <summary>Wraps an array nobody else holds, without copying it.</summary>
    internal static EquatableArray<T> Own<T>(T[] items) => new(items);

    /// <summary>The list, when it holds no null item; an <see cref="ArgumentException"/> naming <paramref name="name"/> and the index otherwise.</summary>
    internal static EquatableArray<T> NoNulls<T>(EquatableArray<T> items, string name)
    {
        var span = items.AsSpan();
        for (var i = 0; i < span.Length; i++)
        {
            if (span[i] is null) throw new ArgumentException($"{name} holds a null item at index {i}.", name);
        }
        return items;
    }
}
