namespace GillRepro;

/// <summary>
/// The Index's nine variables, in the order it prints them: the one place where each is named. The
/// grammar, the scores, the group figures, the checks and every output of the tool read this table.
/// </summary>
public static class VariableCatalog
{
    private static readonly ResultValue[] YesNo = [ResultValue.Yes, ResultValue.No];

    /// <summary>The nine variables, in the Index's order.</summary>
    public static IReadOnlyList<VariableDefinition> All { get; } = Sequence.Own<VariableDefinition>(
    [
        new(VariableKind.ResearchType, "Research Type", "RT", [ResultValue.Experimental, ResultValue.Theoretical], false, ReproducibilityRole.None),
        new(VariableKind.ResearcherAffiliation, "Researcher Affiliation", "RA", [ResultValue.Academia, ResultValue.Collaboration, ResultValue.Industry], false, ReproducibilityRole.None),
        new(VariableKind.Pseudocode, "Pseudocode", "PC", YesNo, true, ReproducibilityRole.None),
        new(VariableKind.OpenSourceCode, "Open Source Code", "OSC", YesNo, true, ReproducibilityRole.Code),
        new(VariableKind.OpenDatasets, "Open Datasets", "ODS", YesNo, true, ReproducibilityRole.Data),
        new(VariableKind.DatasetSplits, "Dataset Splits", "DS", YesNo, true, ReproducibilityRole.None),
        new(VariableKind.HardwareSpecification, "Hardware Specification", "HS", YesNo, true, ReproducibilityRole.None),
        new(VariableKind.SoftwareDependencies, "Software Dependencies", "SD", YesNo, true, ReproducibilityRole.None),
        new(VariableKind.ExperimentSetup, "Experiment Setup", "ES", YesNo, true, ReproducibilityRole.None),
    ]);

    /// <summary>The variables that count toward the Documentation Score D, in the Index's order.</summary>
    public static IReadOnlyList<VariableDefinition> Documentation { get; } = Sequence.Own(All.Where(v => v.CountsTowardDocumentation).ToArray());

    /// <summary>The definition of a known variable.</summary>
    /// <param name="kind">One of the nine; not <see cref="VariableKind.Unknown"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not one of the nine.</exception>
    public static VariableDefinition Get(VariableKind kind)
    {
        // All is in the order of VariableKind, which a test checks.
        var index = (int)kind - 1;
        return (uint)index < (uint)All.Count ? All[index] : throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not one of the Index's nine variables.");
    }

    /// <summary>The variable a name stands for, in any letter case, with ligatures and no-break spaces folded; null for any other name.</summary>
    /// <param name="name">A variable's name as written.</param>
    public static VariableDefinition? Find(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var kind = Vocabulary.KindOf(name);
        return kind == VariableKind.Unknown ? null : Get(kind);
    }
}
