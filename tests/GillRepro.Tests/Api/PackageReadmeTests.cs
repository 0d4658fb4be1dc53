using System.Text.RegularExpressions;
using GillRepro.Tests.Support;

namespace GillRepro.Tests.Api;

/// <summary>
/// The READMEs the packages carry are read on a package page, away from the repository: a link into the
/// repository is dead there, and a command that needs a clone cannot be run. (tests/consumer/run.sh
/// checks that each package carries its own.)
/// </summary>
public partial class PackageReadmeTests
{
    public static TheoryData<string> Packages => ["src/GillRepro/README.md", "src/GillRepro.Cli/README.md"];

    [GeneratedRegex(@"\]\((?!https://)[^)]*\)")]
    private static partial Regex RelativeLink();

    [Theory]
    [MemberData(nameof(Packages))]
    public void A_package_readme_has_no_link_into_the_repository_and_no_command_that_needs_a_clone(string file)
    {
        var text = File.ReadAllText(Path.Combine(Repository.Root, file));

        RelativeLink().Matches(text).Select(m => m.Value).ShouldBeEmpty();
        text.ShouldNotContain("--project");
        text.ShouldNotContain("src/");
        text.ShouldNotContain("../shared");
    }

    [Fact]
    public void The_version_the_readme_installs_is_the_version_the_build_packs()
    {
        var version = Regex.Match(File.ReadAllText(Path.Combine(Repository.Root, "Directory.Build.props")), "<Version>(.*)</Version>").Groups[1].Value;

        foreach (Match install in Regex.Matches(File.ReadAllText(Path.Combine(Repository.Root, "README.md")), @"--version (\S+)"))
            install.Groups[1].Value.ShouldBe(version);
    }
}
