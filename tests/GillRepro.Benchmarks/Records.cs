namespace GillRepro.Benchmarks;

/// <summary>What a caller who uses all of a paper's records pays on top of the parse.</summary>
public static class Records
{
    /// <summary>Reads every row's record and evidence text; returns the evidence characters, so nothing is optimised away.</summary>
    public static int ReadEveryRow(Paper paper)
    {
        var characters = 0;
        foreach (var variable in paper.Variables) characters += variable.Evidence.Text.Length;
        return characters;
    }
}
