using GillRepro.Tests.Support;
using PublicApiGenerator;

namespace GillRepro.Tests.Api;

/// <summary>
/// The library's public API, locked by an approved file as Serilog does: a change to any public type or
/// member changes this text and fails the test until the new approved file is reviewed and committed.
/// </summary>
public class PublicApiTests
{
    [Fact]
    public void PublicApiHasNotChanged()
    {
        var api = typeof(Scorecard).Assembly.GeneratePublicApi(new ApiGeneratorOptions
        {
            IncludeAssemblyAttributes = false,
            ExcludeAttributes = ["System.Runtime.CompilerServices.NullableContextAttribute", "System.Runtime.CompilerServices.NullableAttribute"],
        });

        api.ShouldMatchSnapshot();
    }

    [Fact]
    public void EveryPublicTypeIsASealedRecordAnEnumAStaticEntryPointOrTheEquatableList()
    {
        var types = typeof(Scorecard).Assembly.GetExportedTypes();

        foreach (var type in types)
        {
            var isStatic = type.IsAbstract && type.IsSealed;
            var isRecord = type.GetMethod("<Clone>$") is not null || (type.IsValueType && type.GetMethod("PrintMembers", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance) is not null);
            var isException = typeof(Exception).IsAssignableFrom(type) && type.IsSealed;
            // The one value type: the immutable list records hold, so that they compare by content.
            var isEquatableList = type.IsValueType && type.IsGenericTypeDefinition && type == typeof(EquatableArray<>);
            (type.IsEnum || isStatic || (isRecord && type.IsSealed) || isException || isEquatableList).ShouldBeTrue(type.FullName);
        }
        types.Where(t => t.IsAbstract && t.IsSealed).Select(t => t.Name).Order().ShouldBe(["DiagnosticCodes", "DistinctPapers", "EquatableArray", "EvidenceAudit", "Scorecard", "ScorecardJson", "VariableCatalog"]);
        // Outputs the library computes can gain a figure without breaking callers: no public constructor.
        // Only what a caller hands in is constructed: a paper and its parts, a labelling, a profile, options, a copy.
        Type[] inputs = [typeof(Paper), typeof(Variable), typeof(Result), typeof(Evidence), typeof(Venue), typeof(SourceSpan),
            typeof(Labelling), typeof(ScoringProfile), typeof(ScoringCriterion), typeof(ScorecardParseOptions), typeof(PaperCopy), typeof(ScorecardParseException), typeof(ScoringProfileException)];
        var outputs = types.Where(t => !t.IsEnum && !t.IsValueType && !(t.IsAbstract && t.IsSealed) && !inputs.Contains(t)).ToList();
        outputs.Count.ShouldBeGreaterThan(20);
        foreach (var output in outputs) output.GetConstructors().ShouldBeEmpty(output.Name);
    }
}
