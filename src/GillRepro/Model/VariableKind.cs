namespace GillRepro;

/// <summary>
/// The nine reproducibility variables a scorecard of the Reproducibility Index reports, in the order the
/// Index prints them. A row whose name is none of them is kept with the kind <see cref="Unknown"/>.
/// </summary>
public enum VariableKind
{
    /// <summary>A variable the Index does not define; the row is kept as written.</summary>
    Unknown = 0,

    /// <summary><c>Research Type</c>: Experimental or Theoretical. Only experimental papers enter aggregates.</summary>
    ResearchType,

    /// <summary><c>Researcher Affiliation</c>: Academia, Collaboration or Industry. Used for grouping only.</summary>
    ResearcherAffiliation,

    /// <summary><c>Pseudocode</c> (PC): Yes or No.</summary>
    Pseudocode,

    /// <summary><c>Open Source Code</c> (OSC): Yes or No.</summary>
    OpenSourceCode,

    /// <summary><c>Open Datasets</c> (ODS): Yes or No.</summary>
    OpenDatasets,

    /// <summary><c>Dataset Splits</c> (DS): Yes or No.</summary>
    DatasetSplits,

    /// <summary><c>Hardware Specification</c> (HS): Yes or No.</summary>
    HardwareSpecification,

    /// <summary><c>Software Dependencies</c> (SD): Yes or No.</summary>
    SoftwareDependencies,

    /// <summary><c>Experiment Setup</c> (ES): Yes or No.</summary>
    ExperimentSetup,
}
