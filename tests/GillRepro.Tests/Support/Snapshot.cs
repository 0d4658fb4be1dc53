using System.Runtime.CompilerServices;

namespace GillRepro.Tests.Support;

/// <summary>
/// Snapshot tests through Shouldly's <c>ShouldMatchApproved</c>: the approved file sits in
/// <c>Approved/</c> beside the test's source file and is reviewed by eye. A missing approved file fails
/// the test (Shouldly writes a <c>.received.txt</c> to compare and approve); <c>.ci/run</c> also fails when
/// any received file is left behind.
/// </summary>
internal static class Snapshot
{
    /// <param name="actual">The text to compare with the approved file.</param>
    /// <param name="discriminator">Tells apart several snapshots of one test.</param>
    /// <param name="scrub">A path (such as a temporary folder) to replace with <c>{folder}</c>, so the snapshot is stable.</param>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void ShouldMatchSnapshot(this string actual, string? discriminator = null, string? scrub = null) =>
        (scrub is null ? actual : actual.Replace(scrub, "{folder}", StringComparison.Ordinal)).ShouldMatchApproved(options =>
        {
            options.SubFolder("Approved").LocateTestMethodUsingAttribute<FactAttribute>().DoNotIgnoreLineEndings();
            if (discriminator is not null) options.WithDiscriminator(discriminator);
        });
}
