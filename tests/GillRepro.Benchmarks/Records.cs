namespace GillRepro.Benchmarks;

/// <summary>What a caller who uses all of a paper's records pays on top of the parse.</summary>
public static class Records
{
    /// <summary>Reads every row's record and evidence text (made on first read); returns the evidence characters.</summary>
    public static int ReadEveryRow(Paper paper)
    {
        var characters = 0;
        foreach (var variable in paper.Variables) characters += variable.Evidence.Text.Length;
        return characters;
    }
}
