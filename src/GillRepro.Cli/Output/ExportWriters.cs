using CsvHelper;
using Parquet;
using Parquet.Schema;

namespace GillRepro.Cli.Output;

/// <summary>Writes one row per paper as CSV (RFC 4180, through CsvHelper), JSON Lines or Parquet (through Parquet.Net).</summary>
internal interface IExportWriter : IAsyncDisposable
{
    ValueTask WriteAsync(ScoredPaper paper);
}

internal static class ExportWriters
{
    /// <summary>A writer of <paramref name="format"/>; with a profile, each row also has the profile's columns (<see cref="ExportColumns.Compliance"/>).</summary>
    public static async Task<IExportWriter> CreateAsync(ExportFormat format, Stream stream, ScoringProfile? profile = null, bool facts = false) => format switch
    {
        ExportFormat.Csv => new Csv(stream, profile, facts),
        ExportFormat.Jsonl => new JsonLines(stream),
        ExportFormat.Parquet => await ParquetExport.CreateAsync(stream, profile, facts).ConfigureAwait(false),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Not an export format."),
    };

    private sealed class Csv : IExportWriter
    {
        private readonly StreamWriter _writer;
        private readonly CsvWriter _csv;

        public Csv(Stream stream, ScoringProfile? profile, bool facts)
        {
            _writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false)) { NewLine = "\n" };
            _csv = CsvFiles.Writer(_writer);
            _csv.WriteRecord(ExportColumns.Of(profile is not null, facts));
        }

        public ValueTask WriteAsync(ScoredPaper paper)
        {
            _csv.WriteField(paper.Source ?? "");
            _csv.WriteField(paper.Venue.Name);
            _csv.WriteField(CsvFiles.Number(paper.Venue.Year));
            _csv.WriteField(paper.Title);
            _csv.WriteField(ExportColumns.Authors(paper));
            foreach (var result in paper.ResultsByKind) _csv.WriteField(result ?? "");
            _csv.WriteField(CsvFiles.Number(paper.Score.DocumentationScore));
            _csv.WriteField(CsvFiles.Number(paper.Score.ReproducibilityScore));
            _csv.WriteField(paper.Score.IsEmpirical ? "true" : "false");
            _csv.WriteField(paper.Score.IsComplete ? "true" : "false");
            if (paper.Compliance is { } compliance)
            {
                _csv.WriteField(CsvFiles.Number(compliance.Points));
                _csv.WriteField(CsvFiles.Number(compliance.ShareMet));
                _csv.WriteField(compliance.IsCompliant ? "true" : "false");
            }
            if (paper.Facts is { } facts)
            {
                foreach (var cell in ExportColumns.FactCells(facts)) _csv.WriteField(cell);
            }
            _csv.EndRecord();
            return ValueTask.CompletedTask;
        }

        public async ValueTask DisposeAsync()
        {
            _csv.Flush();
            await _csv.DisposeAsync().ConfigureAwait(false);
            await _writer.DisposeAsync().ConfigureAwait(false);
        }
    }

    private sealed class JsonLines(Stream stream) : IExportWriter
    {
        private readonly StreamWriter _writer = new(stream, new System.Text.UTF8Encoding(false)) { NewLine = "\n" };

        public ValueTask WriteAsync(ScoredPaper paper)
        {
            _writer.Write(ScorecardJson.Serialize(paper, indented: false));
            _writer.Write('\n');
            return ValueTask.CompletedTask;
        }

        public ValueTask DisposeAsync() => _writer.DisposeAsync();
    }

    /// <summary>Parquet with one row group per 10,000 papers, so memory stays bounded however large the corpus.</summary>
    private sealed class ParquetExport : IExportWriter
    {
        private const int RowGroupSize = 10_000;

        private static readonly DataField<string> File = new("file");
        private static readonly DataField<string> Venue = new("venue");
        private static readonly DataField<int> Year = new("year");
        private static readonly DataField<string> Title = new("title");
        private static readonly DataField<string> Authors = new("authors");
        private static readonly DataField<string>[] Results = [.. VariableCatalog.All.Select(v => new DataField<string>(v.Column, true))];
        private static readonly DataField<int> Documentation = new("documentation_score");
        private static readonly DataField<double> Reproducibility = new("reproducibility_score");
        private static readonly DataField<bool> Empirical = new("empirical");
        private static readonly DataField<bool> Complete = new("complete");
        private static readonly DataField<double> CompliancePoints = new(ExportColumns.Compliance[0]);
        private static readonly DataField<double> ComplianceShare = new(ExportColumns.Compliance[1]);
        private static readonly DataField<bool> Compliant = new(ExportColumns.Compliance[2]);

        public static readonly ParquetSchema Schema = new([File, Venue, Year, Title, Authors, .. Results, Documentation, Reproducibility, Empirical, Complete]);


        private readonly ParquetWriter _writer;
        private readonly ScoringProfile? _profile;
        private readonly bool _facts;
        private readonly List<(ScoredPaper Paper, GillRepro.Facts.PaperFacts? Facts)> _rows = new(RowGroupSize);

        private ParquetExport(ParquetWriter writer, ScoringProfile? profile, bool facts)
        {
            _writer = writer;
            _profile = profile;
            _facts = facts;
        }

        public static async Task<IExportWriter> CreateAsync(Stream stream, ScoringProfile? profile, bool facts) =>
            new ParquetExport(await ParquetWriter.CreateAsync(
                new ParquetSchema([.. Schema.DataFields, .. profile is null ? [] : (DataField[])[CompliancePoints, ComplianceShare, Compliant], .. facts ? FactsParquet.Fields : []]), stream).ConfigureAwait(false), profile, facts);

        public async ValueTask WriteAsync(ScoredPaper paper)
        {
            _rows.Add((paper, paper.Facts));
            if (_rows.Count == RowGroupSize) await FlushAsync().ConfigureAwait(false);
        }

        private async Task FlushAsync()
        {
            if (_rows.Count == 0) return;
            var rows = _rows.Select(r => r.Paper).ToList();
            using (var group = _writer.CreateRowGroup())
            {
                await group.WriteAsync(File, [.. rows.Select(r => r.Source ?? "")]).ConfigureAwait(false);
                await group.WriteAsync(Venue, [.. rows.Select(r => r.Venue.Name)]).ConfigureAwait(false);
                await group.WriteAsync(Year, (ReadOnlyMemory<int>)rows.Select(r => r.Venue.Year).ToArray()).ConfigureAwait(false);
                await group.WriteAsync(Title, [.. rows.Select(r => r.Title)]).ConfigureAwait(false);
                await group.WriteAsync(Authors, [.. rows.Select(ExportColumns.Authors)]).ConfigureAwait(false);
                for (var i = 0; i < Results.Length; i++)
                {
                    await group.WriteAsync(Results[i], [.. rows.Select(r => r.ResultsByKind[i])]).ConfigureAwait(false);
                }
                await group.WriteAsync(Documentation, (ReadOnlyMemory<int>)rows.Select(r => r.Score.DocumentationScore).ToArray()).ConfigureAwait(false);
                await group.WriteAsync(Reproducibility, (ReadOnlyMemory<double>)rows.Select(r => r.Score.ReproducibilityScore).ToArray()).ConfigureAwait(false);
                await group.WriteAsync(Empirical, (ReadOnlyMemory<bool>)rows.Select(r => r.Score.IsEmpirical).ToArray()).ConfigureAwait(false);
                await group.WriteAsync(Complete, (ReadOnlyMemory<bool>)rows.Select(r => r.Score.IsComplete).ToArray()).ConfigureAwait(false);
                if (_profile is not null)
                {
                    await group.WriteAsync(CompliancePoints, (ReadOnlyMemory<double>)rows.Select(r => r.Compliance!.Points).ToArray()).ConfigureAwait(false);
                    await group.WriteAsync(ComplianceShare, (ReadOnlyMemory<double>)rows.Select(r => r.Compliance!.ShareMet).ToArray()).ConfigureAwait(false);
                    await group.WriteAsync(Compliant, (ReadOnlyMemory<bool>)rows.Select(r => r.Compliance!.IsCompliant).ToArray()).ConfigureAwait(false);
                }
                if (_facts) await FactsParquet.WriteAsync(group, [.. _rows.Select(r => (r.Facts!.Code, r.Facts.Hardware, r.Facts.Software))]).ConfigureAwait(false);
            }
            _rows.Clear();
        }

        public async ValueTask DisposeAsync()
        {
            await FlushAsync().ConfigureAwait(false);
            await _writer.DisposeAsync().ConfigureAwait(false);
        }
    }
}
