namespace GillRepro;

/// <summary>Value equality and hashing for the lists the records hold.</summary>
internal static class Sequence
{
    internal static IReadOnlyList<T> Freeze<T>(IReadOnlyList<T>? items, string name)
    {
        ArgumentNullException.ThrowIfNull(items, name);
        if (items is IFrozen) return items;
        var copy = new T[items.Count];
        for (var i = 0; i < copy.Length; i++)
        {
            copy[i] = items[i] ?? throw new ArgumentException($"{name} holds a null item at index {i}.", name);
        }
        return new FrozenList<T>(copy);
    }

    /// <summary>Wraps an array that nobody else holds, without copying it.</summary>
    internal static IReadOnlyList<T> Own<T>(T[] items) => new FrozenList<T>(items);

    /// <summary>The one empty frozen list of <typeparamref name="T"/>.</summary>
    internal static IReadOnlyList<T> Empty<T>() => EmptyList<T>.Instance;

    internal static bool Equal<T>(IReadOnlyList<T> a, IReadOnlyList<T> b)
    {
        if (ReferenceEquals(a, b)) return true;
        if (a.Count != b.Count) return false;
        var comparer = EqualityComparer<T>.Default;
        for (var i = 0; i < a.Count; i++)
        {
            if (!comparer.Equals(a[i], b[i])) return false;
        }
        return true;
    }

    internal static int Hash<T>(IReadOnlyList<T> items)
    {
        var hash = new HashCode();
        hash.Add(items.Count);
        foreach (var item in items) hash.Add(item);
        return hash.ToHashCode();
    }

    /// <summary>A read-only list over an array that cannot be cast back and changed.</summary>
    private static class EmptyList<T>
    {
        public static readonly IReadOnlyList<T> Instance = new FrozenList<T>([]);
    }

    private sealed class FrozenList<T>(T[] items) : IReadOnlyList<T>, IFrozen
    {
        public T this[int index] => items[index];

        public int Count => items.Length;

        public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)items).GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => items.GetEnumerator();

        public override string ToString() => $"[{string.Join(", ", items)}]";
    }
}

/// <summary>A list nobody can change once made: records keep it as it is instead of copying it.</summary>
internal interface IFrozen
{
}
