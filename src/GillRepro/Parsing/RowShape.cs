namespace GillRepro.Parsing;

/// <summary>What a rendering's row scan found on a line.</summary>
internal enum RowShape
{
    /// <summary>A whole row: name, result and evidence.</summary>
    Whole,

    /// <summary>Not a row at all.</summary>
    NotARow,

    /// <summary>The line ends inside the variable name.</summary>
    EndsInName,

    /// <summary>The line ends right after the variable name: no result at all.</summary>
    NoResult,

    /// <summary>The line ends inside the result cell.</summary>
    EndsInResult,

    /// <summary>The line ends inside the evidence: no closing pipe.</summary>
    EndsInEvidence,

    /// <summary>The row closes after its result: two cells, no evidence.</summary>
    TwoCells,

    /// <summary>The variable name cell is empty.</summary>
    EmptyName,

    /// <summary>The result cell is empty.</summary>
    EmptyResult,
}
