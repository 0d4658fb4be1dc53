namespace GillRepro;

/// <summary>
/// Entries appended in chunks small enough to stay off the large object heap: the first chunk grows from
/// room for a real table to <see cref="ChunkSize"/>, and every later chunk holds that many. A table of
/// any length therefore allocates as a short one does; one large array would be allocated on the large
/// object heap, whose memory the collector hands back to the system after each full collection, and
/// every page of it would be faulted in again by the next huge document. The list that keeps the
/// entries takes the buffer by value once it is full; nobody appends after that.
/// </summary>
internal struct EntryBuffer<T>
    where T : struct
{
    /// <summary>Entries per chunk: 1,024 of at most 64 bytes each stay under the large object heap's 85,000 bytes.</summary>
    public const int ChunkSize = 1 << Shift;

    private const int Shift = 10;
    private const int Mask = ChunkSize - 1;
    private const int InitialCapacity = 12;

    private T[] _first;
    private T[][]? _more;

    public EntryBuffer()
    {
        _first = new T[InitialCapacity];
    }

    public int Count { get; private set; }

    /// <summary>The entry at <paramref name="index"/>, which must be less than <see cref="Count"/>.</summary>
    public readonly ref readonly T this[int index] =>
        ref index < ChunkSize ? ref _first[index] : ref _more![(index >> Shift) - 1][index & Mask];

    public void Add(in T item)
    {
        var count = Count;
        if (count < ChunkSize)
        {
            if (count == _first.Length) Array.Resize(ref _first, Math.Min(count * 2, ChunkSize));
            _first[count] = item;
        }
        else
        {
            var chunk = (count >> Shift) - 1;
            if ((count & Mask) == 0)
            {
                _more ??= new T[4][];
                if (chunk == _more.Length) Array.Resize(ref _more, _more.Length * 2);
                _more[chunk] = new T[ChunkSize];
            }
            _more![chunk][count & Mask] = item;
        }
        Count = count + 1;
    }
}
