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
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void ShouldMatchSnapshot(this string actual, string? discriminator = null) =>
        actual.ShouldMatchApproved(options =>
        {
            options.SubFolder("Approved").LocateTestMethodUsingAttribute<FactAttribute>().DoNotIgnoreLineEndings();
            if (discriminator is not null) options.WithDiscriminator(discriminator);
        });
}
