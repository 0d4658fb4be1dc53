namespace GillRepro.Agreement;

/// <summary>The agreement statistics, each by its textbook formula (docs/agreement.md).</summary>
internal static class Statistics
{
    /// <summary>
    /// Cohen's kappa of two labellings of the same papers: (p_o − p_e) / (1 − p_e), p_o the share of papers
    /// with the same result, p_e the sum over results of the product of the two labellings' shares of it.
    /// Null when p_e is 1 (both use one and the same result only): kappa is undefined there, not 0.
    /// </summary>
    public static double? Cohen(IReadOnlyList<string> first, IReadOnlyList<string> second)
    {
        var n = first.Count;
        if (n == 0) return null;
        var agree = 0;
        var firstCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        var secondCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < n; i++)
        {
            if (first[i] == second[i]) agree++;
            firstCounts[first[i]] = firstCounts.GetValueOrDefault(first[i]) + 1;
            secondCounts[second[i]] = secondCounts.GetValueOrDefault(second[i]) + 1;
        }
        var observed = (double)agree / n;
        var expected = 0d;
        foreach (var (result, count) in firstCounts) expected += (double)count / n * secondCounts.GetValueOrDefault(result) / n;
        return Kappa(observed, expected);
    }

    /// <summary>
    /// Fleiss' kappa of m ≥ 2 labellings of N papers: (P̄ − P̄_e) / (1 − P̄_e), with P̄ the mean over papers of
    /// (Σ_j n_ij² − m) / (m(m − 1)), n_ij how many labellings give paper i result j, and P̄_e the sum over
    /// results of the square of their share of all labels. Null when P̄_e is 1.
    /// </summary>
    /// <param name="results">One row per paper, one result per labelling.</param>
    public static double? Fleiss(IReadOnlyList<string[]> results)
    {
        var n = results.Count;
        if (n == 0) return null;
        var m = results[0].Length;
        var totals = new Dictionary<string, int>(StringComparer.Ordinal);
        var meanAgreement = 0d;
        foreach (var row in results)
        {
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var result in row)
            {
                counts[result] = counts.GetValueOrDefault(result) + 1;
                totals[result] = totals.GetValueOrDefault(result) + 1;
            }
            var squares = 0d;
            foreach (var count in counts.Values) squares += (double)count * count;
            meanAgreement += (squares - m) / (m * (m - 1d));
        }
        meanAgreement /= n;
        var expected = 0d;
        foreach (var count in totals.Values) expected += Math.Pow((double)count / (n * m), 2);
        return Kappa(meanAgreement, expected);
    }

    private static double? Kappa(double observed, double expected) =>
        expected >= 1 - 1e-12 ? null : (observed - expected) / (1 - expected);

    /// <summary>Numerator over denominator, or null when the denominator is 0.</summary>
    public static double? Ratio(int numerator, int denominator) => denominator == 0 ? null : (double)numerator / denominator;
}
