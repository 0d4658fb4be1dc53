namespace GillRepro.Model;

/// <summary>
/// The nine reproducibility variables of the Index, in the order it prints them; <see cref="VariableCatalog"/>
/// holds each one's name, results and role. A row whose name is none of them has the kind <see cref="Unknown"/>.
/// </summary>
public enum VariableKind
{
    /// <summary>A variable the Index does not define; the row is kept as written and counts in no score.</summary>
    Unknown = 0,

    /// <summary>Whether the paper is empirical; only empirical papers enter group figures.</summary>
    ResearchType,

    /// <summary>Where the authors work; used for grouping only.</summary>
    ResearcherAffiliation,

    /// <summary>PC: pseudocode or algorithm blocks.</summary>
    Pseudocode,

    /// <summary>OSC: the code is shared.</summary>
    OpenSourceCode,

    /// <summary>ODS: the data is shared.</summary>
    OpenDatasets,

    /// <summary>DS: the splits are given.</summary>
    DatasetSplits,

    /// <summary>HS: the hardware is given.</summary>
    HardwareSpecification,

    /// <summary>SD: the software and its versions are given.</summary>
    SoftwareDependencies,

    /// <summary>ES: the experiment's settings are given.</summary>
    ExperimentSetup,
}
