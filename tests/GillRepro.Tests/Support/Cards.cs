namespace GillRepro.Tests.Support;

/// <summary>Small scorecards written in the tests, line by line.</summary>
internal static class Cards
{
    public const string Notice = "Notice: Scores are estimates.";
    public const string Title = "A Small Paper";
    public const string Authors = "Authors: Ada Lovelace, Alan Turing";
    public const string Venue = "NeurIPS 2023 | Venue PDF | LLM Run Details";
    public const string Header = "| Reproducibility Variable | Result | LLM Response |";
    public const string Separator = "|---|---|---|";

    public static readonly string[] Rows =
    [
        "| Research Type | Experimental | We run experiments. |",
        "| Researcher Affiliation | Academia | University of Somewhere |",
        "| Pseudocode | Yes | Algorithm 1 |",
        "| Open Source Code | Yes | https://example.org/code |",
        "| Open Datasets | Yes | We use MNIST. |",
        "| Dataset Splits | No | No splits are given. |",
        "| Hardware Specification | No | Not stated. |",
        "| Software Dependencies | No | Not stated. |",
        "| Experiment Setup | Yes | lr = 0.1 |",
    ];

    /// <summary>The lines of a valid scorecard (notice, front matter, header, separator, nine rows).</summary>
    public static List<string> Lines() => [Notice, Title, Authors, Venue, Header, Separator, .. Rows];

    public static string Join(IEnumerable<string> lines, string newline = "\n") => string.Join(newline, lines);

    public static string Valid => Join(Lines());
}
