using GillRepro.Facts;
using Parquet;
using Parquet.Schema;

namespace GillRepro.Cli.Output;

/// <summary>
/// The facts as Parquet columns: the lists (<c>code.links</c>, <c>hardware.model</c>, …) as Parquet
/// lists, so pandas, DuckDB and Spark read them as lists, not as joined strings; the hardware and software
/// lists aligned item by item. Used by <c>facts --format parquet</c> and <c>export --format parquet --facts</c>.
/// </summary>
internal static class FactsParquet
{
    private static readonly ListField Links = List("code.links");
    private static readonly ListField Hosts = List("code.hosts");
    private static readonly DataField<bool> Anonymized = new("code.anonymized");
    private static readonly DataField<bool> Promised = new("code.promised");
    private static readonly ListField Kinds = List("hardware.kind");
    private static readonly ListField Models = List("hardware.model");
    private static readonly ListField Counts = new("hardware.count", new DataField<int?>("element"));
    private static readonly ListField Names = List("software.name");
    private static readonly ListField Versions = List("software.version");

    /// <summary>The facts' fields, from <c>code.links</c> on, in the order of <c>facts --format csv</c>.</summary>
    public static readonly Field[] Fields = [Links, Hosts, Anonymized, Promised, Kinds, Models, Counts, Names, Versions];

    private static ListField List(string name) => new(name, new DataField<string>("element"));

    /// <summary>Writes the facts columns of one row group, one row per item of <paramref name="facts"/>.</summary>
    public static async Task WriteAsync(ParquetRowGroupWriter group, IReadOnlyList<(CodeFacts Code, EquatableArray<Device> Hardware, EquatableArray<SoftwareDependency> Software)> facts)
    {
        await Strings(group, Links, facts.Select(f => f.Code.Links.Select(l => (string?)l))).ConfigureAwait(false);
        await Strings(group, Hosts, facts.Select(f => f.Code.Hosts.Select(h => (string?)h))).ConfigureAwait(false);
        await group.WriteAsync(Anonymized, (ReadOnlyMemory<bool>)facts.Select(f => f.Code.Anonymized).ToArray()).ConfigureAwait(false);
        await group.WriteAsync(Promised, (ReadOnlyMemory<bool>)facts.Select(f => f.Code.Promised).ToArray()).ConfigureAwait(false);
        await Strings(group, Kinds, facts.Select(f => f.Hardware.Select(d => (string?)(d.Kind == DeviceKind.Other ? "other" : d.Kind.ToString())))).ConfigureAwait(false);
        await Strings(group, Models, facts.Select(f => f.Hardware.Select(d => (string?)d.Model))).ConfigureAwait(false);
        await Numbers(group, Counts, facts.Select(f => f.Hardware.Select(d => d.Count))).ConfigureAwait(false);
        await Strings(group, Names, facts.Select(f => f.Software.Select(s => (string?)s.Name))).ConfigureAwait(false);
        await Strings(group, Versions, facts.Select(f => f.Software.Select(s => s.Version))).ConfigureAwait(false);
    }

    // Dremel's levels for an optional list of optional items: an empty list is one entry at definition 1;
    // an item is at the item's full definition, or one less when it is null (and then has no value);
    // repetition 0 starts a row's list, 1 continues it.
    private static (int[] Definitions, int[] Repetitions) Levels<T>(DataField item, IEnumerable<IEnumerable<T>> rows, List<T> values, Func<T, bool> present)
    {
        var definitions = new List<int>();
        var repetitions = new List<int>();
        foreach (var row in rows)
        {
            var first = true;
            foreach (var value in row)
            {
                repetitions.Add(first ? 0 : 1);
                first = false;
                if (present(value))
                {
                    definitions.Add(item.MaxDefinitionLevel);
                    values.Add(value);
                }
                else definitions.Add(item.MaxDefinitionLevel - 1);
            }
            if (first)
            {
                repetitions.Add(0);
                definitions.Add(1);
            }
        }
        return ([.. definitions], [.. repetitions]);
    }

    private static Task Strings(ParquetRowGroupWriter group, ListField list, IEnumerable<IEnumerable<string?>> rows)
    {
        var item = (DataField)list.Item;
        var values = new List<string?>();
        var (definitions, repetitions) = Levels(item, rows, values, v => v is not null);
        return group.WriteAllPartsAsync(item, (ReadOnlyMemory<ReadOnlyMemory<char>>)values.Select(v => v!.AsMemory()).ToArray(), definitions, repetitions, CancellationToken.None);
    }

    private static Task Numbers(ParquetRowGroupWriter group, ListField list, IEnumerable<IEnumerable<int?>> rows)
    {
        var item = (DataField)list.Item;
        var values = new List<int?>();
        var (definitions, repetitions) = Levels(item, rows, values, v => v is not null);
        return group.WriteAllPartsAsync(item, (ReadOnlyMemory<int>)values.Select(v => v!.Value).ToArray(), definitions, repetitions, CancellationToken.None);
    }
}
