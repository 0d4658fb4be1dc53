namespace GillRepro.Cli.Output;

/// <summary>What <c>gillrepro score</c> prints.</summary>
internal enum ScoreFormat
{
    /// <summary>A readable table.</summary>
    Table,

    /// <summary>One JSON array.</summary>
    Json,

    /// <summary>One JSON object per paper per line.</summary>
    Jsonl,
}

/// <summary>What <c>gillrepro summary</c> prints.</summary>
internal enum SummaryFormat
{
    /// <summary>The Index's tables as markdown.</summary>
    Table,

    /// <summary>One JSON document.</summary>
    Json,

    /// <summary>One row per group.</summary>
    Csv,
}

/// <summary>What <c>gillrepro export</c> writes.</summary>
internal enum ExportFormat
{
    /// <summary>RFC 4180 CSV.</summary>
    Csv,

    /// <summary>JSON Lines.</summary>
    Jsonl,

    /// <summary>Apache Parquet.</summary>
    Parquet,
}

/// <summary>What <c>gillrepro compare</c> writes.</summary>
internal enum CompareFormat
{
    /// <summary>Markdown tables: the variables as rows, then the figures under each labelling.</summary>
    Table,

    /// <summary>The library's JSON: a comparison (two labellings) or a stability (three or more).</summary>
    Json,

    /// <summary>One row per variable (per group with <c>--by</c>).</summary>
    Csv,
}

/// <summary>What <c>gillrepro facts</c> prints.</summary>
internal enum FactsFormat
{
    /// <summary>A markdown table, one row per paper.</summary>
    Table,

    /// <summary>One JSON array.</summary>
    Json,

    /// <summary>One JSON object per paper per line.</summary>
    Jsonl,

    /// <summary>RFC 4180 CSV, list columns joined with "; ".</summary>
    Csv,

    /// <summary>Apache Parquet with list columns (needs <c>--output</c>).</summary>
    Parquet,
}

/// <summary>What <c>gillrepro audit</c> prints.</summary>
internal enum AuditFormat
{
    /// <summary>A markdown table, one row per finding, the likeliest wrong label first.</summary>
    Table,

    /// <summary>One JSON array.</summary>
    Json,

    /// <summary>One JSON object per finding per line.</summary>
    Jsonl,

    /// <summary>RFC 4180 CSV, one row per finding.</summary>
    Csv,
}

/// <summary>What <c>gillrepro validate</c> prints.</summary>
internal enum ValidateFormat
{
    /// <summary>One line per problem: <c>path:line:column: severity CODE: message</c>.</summary>
    Text,

    /// <summary>One JSON array, one object per diagnostic (<c>LocatedDiagnostic</c>).</summary>
    Json,

    /// <summary>A SARIF 2.1.0 log, for CI code scanning.</summary>
    Sarif,
}
