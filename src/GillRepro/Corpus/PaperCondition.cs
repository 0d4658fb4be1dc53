namespace GillRepro.Corpus;

/// <summary>One condition of a <see cref="PaperFilter"/>: a variable's result, such as Open Source Code = Yes.</summary>
public sealed record PaperCondition
{
    internal PaperCondition(VariableDefinition variable, ResultValue result)
    {
        Kind = variable.Kind;
        Variable = variable.Name;
        Result = result;
    }

    /// <summary>Which of the nine variables.</summary>
    public VariableKind Kind { get; }

    /// <summary>The variable, named as the Index writes it.</summary>
    public string Variable { get; }

    /// <summary>The result the variable must have.</summary>
    public ResultValue Result { get; }

    /// <summary>True when the paper's first row of the variable has the result (names and results matched as the catalogue matches them).</summary>
    /// <param name="paper">A paper.</param>
    public bool Holds(Paper paper) => paper.Find(Kind)?.Result.Value == Result;

    /// <inheritdoc />
    public override string ToString() => $"{Variable} = {Result}";
}
