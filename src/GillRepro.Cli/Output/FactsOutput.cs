using GillRepro.Audit;
using GillRepro.Facts;
using static GillRepro.Cli.Output.Cells;

namespace GillRepro.Cli.Output;

/// <summary>The tables and CSV of <c>facts</c>, <c>audit</c>, and the facts and audit tables of <c>summary</c>.</summary>
internal static class FactsOutput
{
    /// <summary>The CSV header of <c>facts</c>: the JSON's field names, list columns joined with "; ".</summary>
    public static readonly string[] FactColumns =
        ["file", "venue", "year", "title", "code.links", "code.hosts", "code.anonymized", "code.promised", "hardware.kind", "hardware.model", "hardware.count", "software.name", "software.version"];

    /// <summary>The CSV header of <c>audit</c>.</summary>
    public static readonly string[] AuditColumns = ["file", "venue", "year", "title", "variable", "result", "rule", "strength", "message", "quote"];

    public static string[] FactCells(FactSheet sheet) =>
        [sheet.File ?? "", sheet.Venue, Int(sheet.Year), sheet.Title, .. FactCells(sheet.Code, sheet.Hardware, sheet.Software)];

    /// <summary>The facts' cells, from <c>code.links</c> on.</summary>
    public static string[] FactCells(PaperFacts facts) => FactCells(facts.Code, facts.Hardware, facts.Software);

    private static string[] FactCells(CodeFacts code, EquatableArray<Device> hardware, EquatableArray<SoftwareDependency> software) =>
    [
        string.Join("; ", code.Links), string.Join("; ", code.Hosts), Bool(code.Anonymized), Bool(code.Promised),
        string.Join("; ", hardware.Select(d => d.Kind == DeviceKind.Other ? "other" : d.Kind.ToString())),
        string.Join("; ", hardware.Select(d => d.Model)),
        string.Join("; ", hardware.Select(d => d.Count is { } n ? Int(n) : "")),
        string.Join("; ", software.Select(s => s.Name)),
        string.Join("; ", software.Select(s => s.Version ?? "")),
    ];

    public static string[] AuditCells(FlaggedLabel f) =>
        [f.File ?? "", f.Venue, Int(f.Year), f.Title, f.Variable, f.Result, f.Rule, Int(f.Strength), f.Message, f.Quote];

    public static void WriteFactsTable(TextWriter writer, IEnumerable<FactSheet> sheets) =>
        MarkdownTable(writer, ["paper", "year", "devices", "software", "code links", "anonymized", "promised"],
            sheets.Select(s => (string[])[Short(s.Title, 48), Int(s.Year), Short(string.Join(", ", s.Hardware.Select(d => d.ToString())), 200),
                Short(string.Join(", ", s.Software.Select(x => x.ToString())), 200), Short(string.Join(" ", s.Code.Links), 200), Bool(s.Code.Anonymized), Bool(s.Code.Promised)]));

    public static void WriteAuditTable(TextWriter writer, IEnumerable<FlaggedLabel> flagged) =>
        MarkdownTable(writer, ["strength", "rule", "variable", "result", "message", "quote", "paper"],
            flagged.Select(f => (string[])[Int(f.Strength), f.Rule, f.Variable, f.Result, f.Message, Short(f.Quote, 100), Short(f.Title, 40)]));

    /// <summary><c>facts --format parquet</c>: file, venue, year, title, then the facts with their lists as Parquet lists, one row group per 10,000 papers.</summary>
    public static async Task WriteParquetAsync(Stream stream, IReadOnlyList<FactSheet> sheets)
    {
        Parquet.Schema.DataField<string> file = new("file"), venue = new("venue"), title = new("title");
        Parquet.Schema.DataField<int> year = new("year");
        await using var writer = await Parquet.ParquetWriter.CreateAsync(new Parquet.Schema.ParquetSchema([file, venue, year, title, .. FactsParquet.Fields]), stream).ConfigureAwait(false);
        foreach (var chunk in sheets.Chunk(10_000))
        {
            using var group = writer.CreateRowGroup();
            await group.WriteAsync(file, [.. chunk.Select(s => s.File ?? "")]).ConfigureAwait(false);
            await group.WriteAsync(venue, [.. chunk.Select(s => s.Venue)]).ConfigureAwait(false);
            await group.WriteAsync(year, (ReadOnlyMemory<int>)chunk.Select(s => s.Year).ToArray()).ConfigureAwait(false);
            await group.WriteAsync(title, [.. chunk.Select(s => s.Title)]).ConfigureAwait(false);
            await FactsParquet.WriteAsync(group, [.. chunk.Select(s => (s.Code, s.Hardware, s.Software))]).ConfigureAwait(false);
        }
    }

    /// <summary>The facts tables of <c>summary --facts</c>: per group, papers naming a device, the top models and software, and the code figures.</summary>
    public static void WriteFactFigures(TextWriter writer, CorpusSummary summary, string key)
    {
        var groups = summary.Groups.Where(g => g.Facts is not null).ToList();
        if (groups.Count == 0) return;
        writer.Write("Facts from the evidence:\n\n");
        MarkdownTable(writer, [key, "papers", "naming a device %", "code Yes with a link %", "code promised %", "code anonymized %", "top devices (% of papers)", "top software (% of papers)"],
            groups.Select(g => (string[])[g.Key.Text, Int(g.Score.Papers), Percent(g.Facts!.NamingDevice), Percent(g.Facts.CodeYesWithLink), Percent(g.Facts.Promised), Percent(g.Facts.Anonymized),
                Top(g.Facts.Devices), Top(g.Facts.Software)]));
        writer.Write('\n');
    }

    /// <summary>The audit table of <c>summary --audit</c>: per group, the percent of labels flagged, per variable and over all seven.</summary>
    public static void WriteAuditFigures(TextWriter writer, CorpusSummary summary, string key)
    {
        var groups = summary.Groups.Where(g => g.Audit is not null).ToList();
        if (groups.Count == 0) return;
        writer.Write("Labels their own evidence does not support (flagged %):\n\n");
        MarkdownTable(writer, [key, "labels", "flagged %", .. VariableCatalog.Documentation.Select(v => v.Abbreviation + " %")],
            groups.Select(g => (string[])[g.Key.Text, Int(g.Audit!.Flagged.Total), Percent(g.Audit.Flagged), .. g.Audit.Variables.Select(v => Percent(v.Proportion))]));
        writer.Write('\n');
    }

    private static string Top(IEnumerable<NamedProportion> named) =>
        string.Join(", ", named.Take(5).Select(n => $"{n.Name} {Fixed(n.Proportion.Share * 100, 1)}"));

    private static string Percent(Proportion p) => Fixed(p.Share * 100, 2);

    private static string Bool(bool value) => value ? "true" : "false";

    private static string Short(string text, int length)
    {
        var flat = text.ReplaceLineEndings(" ").Replace("|", "\\|", StringComparison.Ordinal);
        return flat.Length <= length ? flat : string.Concat(flat.AsSpan(0, length - 1), "…");
    }

}
