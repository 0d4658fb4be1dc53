using System.Text.Json.Serialization;

namespace GillRepro.Model;

/// <summary>One row of a scorecard's table: a reproducibility variable, its result and its evidence.</summary>
public sealed record Variable
{
    /// <summary>Creates a row.</summary>
    /// <param name="name">The variable's name as written, such as one of <see cref="VariableCatalog.All"/>.</param>
    /// <param name="result">The classifier's result for the variable.</param>
    /// <param name="evidence">The text the classifier quoted.</param>
    public Variable(string name, Result result, Evidence evidence)
    {
        Name = name;
        Result = result;
        Evidence = evidence;
    }

    /// <summary>Which of the nine known variables this is (names match in any letter case, ligatures folded), or <see cref="VariableKind.Unknown"/>.</summary>
    [JsonIgnore]
    public VariableKind Kind { get; private init; }

    /// <summary>The variable's name as written.</summary>
    public string Name
    {
        get;
        init
        {
            field = value ?? throw new ArgumentNullException(nameof(Name));
            Kind = VariableCatalog.KindOf(value);
        }
    }

    /// <summary>The classifier's result for the variable.</summary>
    public Result Result { get; init => field = value ?? throw new ArgumentNullException(nameof(Result)); }

    /// <summary>The text the classifier quoted.</summary>
    public Evidence Evidence { get; init => field = value ?? throw new ArgumentNullException(nameof(Evidence)); }

    /// <inheritdoc />
    public override string ToString() => $"{Name}: {Result.Text}";
}
