using System.Text.RegularExpressions;
using static GillRepro.Audit.Condition;

namespace GillRepro.Audit;

/// <summary>
/// The audit's rules as one table (docs/audit.md gives each one's reasoning and its measured precision):
/// which variable and result a rule doubts, what in the evidence makes it doubt, and how strongly. The
/// patterns are source-generated below.
/// </summary>
internal static partial class AuditRules
{
    public sealed record Check(AuditRule Rule, VariableKind? Kind, ResultValue Result, Condition When);

    public static IReadOnlyList<Check> All { get; } =
    [
        Rule("GA001", null, ResultValue.Yes, 3, "the evidence says the paper does not give what the label says it gives", Has(SaysDoesNot())),
        Rule("GA002", VariableKind.OpenSourceCode, ResultValue.Yes, 3, "code is only promised for later, with no link", Lacks(t => t.Code.Links.Count > 0).And(Has(CodePromised()))),
        Rule("GA003", VariableKind.OpenSourceCode, ResultValue.Yes, 2, "the code's link is anonymized for review", Has(CodeAnonymized())),
        Rule("GA004", VariableKind.OpenSourceCode, ResultValue.Yes, 3, "no link to code, and no place where the code is", Lacks(t => t.Code.Links.Count > 0).And(Lacks(CodePlace()))),
        Rule("GA005", VariableKind.OpenSourceCode, ResultValue.No, 1, "a link to a code host, under No", Has(CodeHostLink())),
        Rule("GA006", VariableKind.HardwareSpecification, ResultValue.Yes, 2, "no device named: no model of GPU, CPU or TPU", Lacks(t => t.Devices.Count > 0).And(Lacks(ProcessorWords()))),
        Rule("GA007", VariableKind.SoftwareDependencies, ResultValue.Yes, 3, "no version of any software", Lacks(t => t.Software.AsSpan().ContainsVersion()).And(Lacks(VersionNumber()))),
        Rule("GA008", VariableKind.ExperimentSetup, ResultValue.Yes, 2, "no hyperparameter or setting with a value", Lacks(SettingWords())),
        Rule("GA009", VariableKind.OpenDatasets, ResultValue.Yes, 2, "nothing public named: no link, citation, benchmark or public source", Lacks(PublicSource())),
        Rule("GA010", VariableKind.DatasetSplits, ResultValue.Yes, 1, "no split named: no proportions, counts, folds or standard split", Lacks(SplitWords())),
        Rule("GA011", VariableKind.Pseudocode, ResultValue.Yes, 3, "no algorithm, pseudocode or procedure named", Lacks(AlgorithmWords())),
        Rule("GA012", VariableKind.ExperimentSetup, ResultValue.No, 1, "hyperparameters with values, under No", Has(SettingValues())),
        Rule("GA013", null, ResultValue.Yes, 3, "a Yes with no evidence", Empty),
    ];

    private static Check Rule(string code, VariableKind? kind, ResultValue result, int strength, string message, Condition when) =>
        new(new AuditRule(code, kind is { } k ? VariableCatalog.Get(k).Name : null, result.ToString(), message, strength), kind, result, when);

    private static bool ContainsVersion(this ReadOnlySpan<Facts.SoftwareDependency> software)
    {
        foreach (var s in software) if (s.Version is not null) return true;
        return false;
    }

    private const RegexOptions Words = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    /// <summary>The classifier's own words that the paper does not give something, at the evidence's start.</summary>
    [GeneratedRegex(@"^\W*(?:the (?:paper|authors?|text|study|work|article)|this (?:paper|work)|it)\s+(?:does|do|did)\s+not\b|^\W*no (?:explicit |specific |clear )?(?:statement|mention|details?|information|link|code|pseudocode|version)|\b(?:does|do) not (?:provide|specify|include|mention|state|contain|describe|report|give|detail|offer|present|list)\b", Words)]
    private static partial Regex SaysDoesNot();

    [GeneratedRegex(@"\bwill be (?:made |publicly |freely |openly |fully |also |soon )*(?:released|available|public|open[- ]?sourced?|shared|published|provided|uploaded)\b|\b(?:upon|after) (?:the )?(?:acceptance|publication|request)\b|\bwill (?:publicly |also |soon )?(?:release|make|share|open[- ]?source|publish)\b|\bto be released\b|\bcoming soon\b|\bon (?:reasonable )?request\b", Words)]
    private static partial Regex CodePromised();

    [GeneratedRegex(@"anonymi[sz]ed|anonymous\s?\.\s?4open|\bblinded\b|(?:hidden|removed|withheld|omitted|redacted)\b[^.]{0,40}\b(?:anonymity|review)", Words)]
    private static partial Regex CodeAnonymized();

    /// <summary>Where code is when no link is given: the supplementary material, an appendix, a named repository or site.</summary>
    [GeneratedRegex(@"supplement|appendix|attached|zip\b|repositor|git\s?hub|gitlab|website|project page|\burl\b|\blink\b|footnote|publicly available|open[- ]source[ds]?\b|released|available (?:at|on|online|from|in)", Words)]
    private static partial Regex CodePlace();

    [GeneratedRegex(@"github\s?\.\s?com\s?/\s?\w|gitlab\s?\.\s?com\s?/\s?\w|bitbucket\s?\.\s?org\s?/\s?\w", Words)]
    private static partial Regex CodeHostLink();

    /// <summary>Words that name processors without a model: enough for a reader to call hardware specified in kind, if not in model.</summary>
    [GeneratedRegex(@"\b(?:GPUs?|CPUs?|TPUs?|processors?|cores?|GHz|NVIDIA|Intel|AMD|Xeon|cluster|nodes?|RAM|memory|machine|server|workstation|laptop|desktop|PC|computer)\b", Words)]
    private static partial Regex ProcessorWords();

    [GeneratedRegex(@"\b\d+\.\d+(?:\.\d+)*\b|\bR20\d\d[ab]\b|\bversion\s+\d|\bv\d", Words)]
    private static partial Regex VersionNumber();

    /// <summary>The words of a training or search setting: what an experiment setup is made of.</summary>
    [GeneratedRegex(@"learning rate|batch|epoch|iteration|hyper-?parameter|parameters?\b|regulari[sz]|dropout|momentum|weight decay|optimi[sz]er|\bAdam|\bSGD|set (?:to|as|at)|=|threshold|time ?limit|timeout|cut-?off|step ?size|discount|temperature|window|layers?\b|hidden|kernel|seed|trials?\b|runs?\b|λ|α|β|γ|ε|η|σ|τ", Words)]
    private static partial Regex SettingWords();

    [GeneratedRegex(@"https?:|www\.|\.(?:com|org|edu|io|net)\b|public|available|benchmark|UCI|repositor|download|released|open[- ]source|competition|challenge|library|\[[A-Z][^\]]*\d{4}[a-z]?\]|\(\w[^)]*(?:et al\.|\d{4})\)|\[\d+(?:[,–-]\s*\d+)*\]|et al\.|\b(?:MNIST|CIFAR|ImageNet|COCO|Penn|Wikipedia|Twitter|Yelp|Amazon|MovieLens|Netflix)", Words)]
    private static partial Regex PublicSource();

    [GeneratedRegex(@"\d+\s?%|percent|train(?:ing)?\s*(?:/|,|and|-)\s*(?:validation|val|dev|test)|cross[- ]?validation|\bfolds?\b|-fold|split|held[- ]out|hold[- ]out|validation|test set|training set|\d+\s*(?:training|test|validation|testing) (?:examples|samples|instances|images|sentences|documents|points|users|problems)", Words)]
    private static partial Regex SplitWords();

    [GeneratedRegex(@"algorithm|pseudo-?\s?code|procedure|listing|\bAlg\.", Words)]
    private static partial Regex AlgorithmWords();

    [GeneratedRegex(@"learning rate|batch size|\b\d+ epochs|set (?:to|as) \d|=\s*\d|weight decay|dropout (?:rate|of)|momentum of", Words)]
    private static partial Regex SettingValues();
}
