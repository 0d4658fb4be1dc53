using System.Collections.Frozen;

namespace GillRepro.Facts;

/// <summary>
/// A frozen set of words that the fact readers look up by span, as they meet them in the evidence: on
/// .NET 9 and later without a string per lookup (the set's alternate lookup), on .NET 8 through one.
/// </summary>
internal sealed class WordSet
{
    private readonly FrozenSet<string> words;
#if NET9_0_OR_GREATER
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> bySpan;
#endif

    public WordSet(IEnumerable<string> words, StringComparer comparer)
    {
        this.words = words.ToFrozenSet(comparer);
#if NET9_0_OR_GREATER
        bySpan = this.words.GetAlternateLookup<ReadOnlySpan<char>>();
#endif
    }

    public bool Contains(string word) => words.Contains(word);

#if NET9_0_OR_GREATER
    public bool Contains(ReadOnlySpan<char> word) => bySpan.Contains(word);
#else
    public bool Contains(ReadOnlySpan<char> word) => words.Contains(word.ToString());
#endif
}
