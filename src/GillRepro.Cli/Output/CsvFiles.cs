using System.Globalization;
using CsvHelper;

namespace GillRepro.Cli.Output;

/// <summary>CSV as the tool writes it: RFC 4180 through CsvHelper, LF line ends, numbers in invariant culture.</summary>
internal static class CsvFiles
{
    public static CsvWriter Writer(TextWriter writer) =>
        CsvWriter.Create(writer, new CsvWriterOptions { NewLine = "\n" }, leaveOpen: true);

    /// <summary>A number as CSV text: the shortest form that reads back to the same value.</summary>
    public static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
