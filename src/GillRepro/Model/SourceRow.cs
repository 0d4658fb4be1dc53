namespace GillRepro;

/// <summary>
/// One table row as the parser read it: its name and result (shared strings and results for the
/// Index's words) and where its evidence stands, without a copy of the evidence. A
/// <see cref="LazyList{TEntry, T}"/> turns it into a <see cref="Variable"/> when the row is first read.
/// </summary>
/// <param name="Name">The variable's name as written.</param>
/// <param name="Result">The result.</param>
/// <param name="EvidenceStart">Where the evidence starts in the string the list holds.</param>
/// <param name="Evidence">Where the evidence stands in the source as reported (moved for a document read out of a stream).</param>
/// <param name="IsCutOff">Whether the source ended inside the evidence.</param>
internal readonly record struct SourceRow(string Name, Result Result, int EvidenceStart, SourceSpan Evidence, bool IsCutOff)
    : ILazyEntry<SourceRow, Variable>
{
    /// <summary>Which of the nine variables the row is; the parser's shared names are found by reference.</summary>
    public VariableKind Kind => Vocabulary.KindOf(Name);

    /// <summary>The row as a record, its evidence copied out of <paramref name="source"/>.</summary>
    public Variable Make(string source) =>
        new(Name, Result, new Evidence(source.Substring(EvidenceStart, Evidence.Length), Evidence, IsCutOff));

    /// <inheritdoc />
    public SourceRow Moved(int offset, int lines) =>
        this with { Evidence = Evidence.Moved(offset, lines) };
}
