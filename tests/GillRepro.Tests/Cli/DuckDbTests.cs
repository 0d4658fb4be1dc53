using System.Text.Json;
using DuckDB.NET.Data;
using GillRepro.Tests.Support;
using Shouldly;
using Xunit;

namespace GillRepro.Tests.Cli;

/// <summary>
/// When a user outgrows one machine: the Parquet export, queried with DuckDB, gives the Index's year table
/// (both shared percent and mean D) with plain SQL, exactly as <c>gillrepro summary --by year</c> does.
/// The SQL is the README's.
/// </summary>
public sealed class DuckDbTests
{
    /// <summary>The README's query: per year, over empirical papers, the share sharing both and the mean D.</summary>
    public const string YearTable = """
        SELECT year,
               count(*) AS empirical,
               100.0 * avg(CASE WHEN open_source_code = 'Yes' AND open_datasets = 'Yes' THEN 1 ELSE 0 END) AS both_percent,
               avg(documentation_score) AS mean_d
        FROM read_parquet($file)
        WHERE empirical
        GROUP BY year
        ORDER BY year
        """;

    [SkippableTheory]
    [MemberData(nameof(Corpora.Names), MemberType = typeof(Corpora))]
    public void The_Parquet_export_queried_with_DuckDB_gives_the_summary_year_table(string corpus)
    {
        using var folder = new TempFolder();
        var markdown = Path.Combine(Corpora.Require(corpus), "markdown");
        var file = Path.Combine(folder.Path, "papers.parquet");
        Tool.Run("export", markdown, "--format", "parquet", "-o", file, "--quiet").ExitCode.ShouldBe(0);
        var (exit, json, error) = Tool.Run("summary", markdown, "--by", "year", "--format", "json", "--quiet");
        exit.ShouldBe(0, error);
        var years = JsonDocument.Parse(json).RootElement.GetProperty("groups").EnumerateArray().ToList();

        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = YearTable;
        command.Parameters.Add(new DuckDBParameter("file", file));
        using var reader = command.ExecuteReader();
        var rows = 0;
        while (reader.Read())
        {
            var year = years[rows++];
            var score = year.GetProperty("score");
            Convert.ToInt32(reader.GetValue(0)).ShouldBe(year.GetProperty("key").GetProperty("year").GetInt32());
            Convert.ToInt32(reader.GetValue(1)).ShouldBe(score.GetProperty("empiricalPapers").GetInt32());
            reader.GetDouble(2).ShouldBe(score.GetProperty("bothCodeAndData").GetProperty("share").GetDouble() * 100, 1e-9);
            reader.GetDouble(3).ShouldBe(score.GetProperty("meanDocumentationScore").GetDouble(), 1e-9);
        }
        rows.ShouldBe(years.Count);
        rows.ShouldBeGreaterThan(0);
    }
}
