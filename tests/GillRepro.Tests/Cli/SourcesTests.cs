using GillRepro.Cli.Inputs;
using Shouldly;
using Xunit;

namespace GillRepro.Tests.Cli;

/// <summary>Folders are walked as they are read, in the ordinal order of the whole paths.</summary>
public sealed class SourcesTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("gillrepro-sources-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_folder_walk_gives_the_ordinal_order_of_the_whole_paths()
    {
        // "a-c.md" and "a.md" sort before the folder "a" ('-' and '.' come before '/'), "ab" after it.
        string[] files = ["a/x.md", "a/b/y.md", "a-c.md", "a.md", "ab/z.txt", "B.md", "notes.pdf", "a/README", "z/deep/er/w.md"];
        foreach (var file in files)
        {
            var path = Path.Join(_folder, file);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, "x");
        }

        var walked = new Sources([_folder], ScorecardSource.AnyRendering).Select(s => s.Path!).ToList();

        var expected = files.Where(f => f.EndsWith(".md", StringComparison.Ordinal) || f.EndsWith(".txt", StringComparison.Ordinal))
            .Select(f => Path.Join(_folder, f)).Order(StringComparer.Ordinal).ToList();
        walked.ShouldBe(expected);
        walked.ShouldAllBe(p => new ScorecardSource(p, p, true).Found);
        new Sources([_folder], ScorecardSource.AnyRendering).CountFiles().ShouldBe(expected.Count);
    }

    [Fact]
    public void Files_and_folders_named_on_the_command_line_come_in_the_order_given()
    {
        var one = Path.Join(_folder, "one.md");
        var folder = Path.Join(_folder, "f");
        Directory.CreateDirectory(folder);
        File.WriteAllText(one, "x");
        File.WriteAllText(Path.Join(folder, "two.md"), "x");

        new Sources([folder, one], ScorecardSource.AnyRendering).Select(s => s.Name).ShouldBe([Path.Join(folder, "two.md"), one]);
    }

    [Fact]
    public void No_path_is_the_embedded_sample()
    {
        new Sources([], ScorecardSource.AnyRendering).ShouldBe([ScorecardSource.Sample]);
    }
}
