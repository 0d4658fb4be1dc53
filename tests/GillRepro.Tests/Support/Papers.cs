namespace GillRepro.Tests.Support;

/// <summary>Papers built in code, for figures over many of them.</summary>
internal static class Papers
{
    private static readonly string[] Extras = ["Pseudocode", "Dataset Splits", "Hardware Specification", "Software Dependencies", "Experiment Setup"];

    /// <summary>A paper with the given results; <paramref name="extras"/> more of the five other documentation variables are Yes.</summary>
    public static Paper Make(string venue, int year, bool empirical, bool code, bool data, int extras = 0, string affiliation = "Academia")
    {
        var rows = new List<Variable>
        {
            Row("Research Type", empirical ? "Experimental" : "Theoretical"),
            Row("Researcher Affiliation", affiliation),
            Row("Open Source Code", code ? "Yes" : "No"),
            Row("Open Datasets", data ? "Yes" : "No"),
        };
        for (var i = 0; i < Extras.Length; i++) rows.Add(Row(Extras[i], i < extras ? "Yes" : "No"));
        return new Paper(null, "A paper", ["A. Author"], new Venue(venue, year), [], [.. rows]);
    }

    private static Variable Row(string name, string result) => new(name, new Result(result), new Evidence(""));
}
