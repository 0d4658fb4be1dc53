using GillRepro.Audit;
using GillRepro.Facts;
using GillRepro.Tests.Support;

namespace GillRepro.Tests.Facts;

/// <summary>The fact readers on the texts PDFs give: broken links, ligatures, counts written every way, hostile input.</summary>
public sealed class FactsTests
{
    private static readonly string Labels = Path.Combine(Repository.Root, "tests", "GillRepro.Tests", "Facts", "Labels", "facts-labels.jsonl");

    [Theory]
    [InlineData("We pre-train with 64 V100 GPUs.", "GPU", "V100", 64)]
    [InlineData("Experiments ran on 8 NVIDIA Tesla V100-SXM2 32GB GPUs.", "GPU", "V100", 8)]
    [InlineData("a single GeForce RTX 2080 Ti", "GPU", "RTX 2080 Ti", 1)]
    [InlineData("two NVIDIA RTX A6000 GPUs", "GPU", "A6000", 2)]
    [InlineData("an NVIDIA 3090 GPU", "GPU", "RTX 3090", 1)]
    [InlineData("Intel Xeon E5-2650 v2 @ 2.60GHz", "CPU", "Xeon E5-2650 v2", null)]
    [InlineData("dual Intel(R) Xeon(R) Gold 6248R CPUs", "CPU", "Xeon Gold 6248R", 2)]
    [InlineData("trained on TPU v3-8", "TPU", "TPU v3", null)]
    [InlineData("4× A100 80GB", "GPU", "A100", 4)]
    [InlineData("an Apple M1 Pro chip", "CPU", "M1 Pro", 1)]
    [InlineData("one TITAN Xp", "GPU", "Titan Xp", 1)]
    public void A_device_is_named_by_its_model_with_the_count_stated(string evidence, string kind, string model, int? count)
    {
        var device = Device.FindAll(evidence).ShouldHaveSingleItem();
        (device.Kind == DeviceKind.Other ? "other" : device.Kind.ToString()).ShouldBe(kind);
        device.Model.ShouldBe(model);
        device.Count.ShouldBe(count);
    }

    [Theory]
    [InlineData("We used a GPU.")]
    [InlineData("All experiments ran on a 3.00 GHz CPU with 16 GB of RAM.")]
    [InlineData("The paper does not provide details such as GPU models.")]
    [InlineData("")]
    public void A_generic_processor_is_no_device(string evidence) => Device.FindAll(evidence).ShouldBeEmpty();

    [Theory]
    [InlineData("We implement it using Py Torch [34] 1.11 and Python 3.8.", "PyTorch=1.11", "Python=3.8")]
    [InlineData("Tensor Flow 2.6 and CUDA 11.1", "TensorFlow=2.6", "CUDA=11.1")]
    [InlineData("implemented in MATLAB R2019a", "MATLAB=R2019a")]
    [InlineData("PyTorch (version 1.12.1) and scikit-learn", "PyTorch=1.12.1", "scikit-learn=")]
    [InlineData("monai 1.1.0 neptune-client 0.16.4", "monai=1.1.0", "neptune-client=0.16.4")]
    [InlineData("Pytorch-1.12.1", "PyTorch=1.12.1")]
    [InlineData("trained based on Tensorflow 1.15.5 and cuda11.4+cudnn8.8.", "TensorFlow=1.15.5", "CUDA=11.4", "cuDNN=8.8")]
    [InlineData("Software Pytorch: 1.10.0 Python: 3.8", "PyTorch=1.10.0", "Python=3.8")]
    [InlineData("CUDA version: 11.1 cu DNN version: 8.0.5", "CUDA=11.1", "cuDNN=8.0.5")]
    [InlineData("We use version 0.7.4 of the Hp Band Ster library.", "HpBandSter=0.7.4")]
    [InlineData("the default architecture of SDV s CTGAN 5 version 0.6.0", "SDV=", "CTGAN=0.6.0")]
    [InlineData("Py Torch-CUDA 11.6, Py Torch 1.13.1", "CUDA=11.6", "PyTorch=1.13.1")]
    [InlineData("using MATLAB versions R2019b or R2022b", "MATLAB=R2019b")]
    [InlineData("implemented in Matlab 2022a", "MATLAB=2022a")]
    [InlineData("Stable Diffusion version 1.5 (31) from Hugging Face (40)", "Hugging Face=")]
    [InlineData("Transformers 4.27.4 and Vision Transformers", "Hugging Face Transformers=4.27.4")]
    [InlineData("solved with the YALMIP toolbox and the Gecode Solver 4.2.0", "YALMIP=", "Gecode=4.2.0")]
    [InlineData("we use the library LAVIS and the d3rlpy package", "LAVIS=", "d3rlpy=")]
    [InlineData("the open-source packages Differential Equations.jl [66], Flux.jl [46]", "DifferentialEquations.jl=", "Flux.jl=")]
    public void Software_is_named_as_people_write_it_with_its_version(string evidence, params string[] expected) =>
        SoftwareDependency.FindAll(evidence).Select(s => $"{s.Name}={s.Version}").ShouldBe(expected);

    [Theory]
    [InlineData("The paper does not provide version numbers for libraries (e.g., PyTorch, TensorFlow).")]
    [InlineData("We fine-tune BERT and GPT-3.5 on ImageNet with Adam 0.9.")]
    [InlineData("See Section 4.2 and Table 3.1.")]
    [InlineData("Explicit version numbers (e.g., PyTorch version, CUDA 11.1) are not provided.")]
    [InlineData("We use pre-trained Diffusion Transformers (Di T) and Vision Transformers.")]
    [InlineData("The paper mentions models (e.g., \"SD-V1.4\") and no software.")]
    [InlineData("We solve it with the SAT solver of the RL framework and the Transformer library.")]
    [InlineData("Any other library or the training framework, the standard solver.")]
    [InlineData("The code builds on x-transformers and multi-gym.")]
    public void Software_named_only_as_missing_models_and_parts_of_the_paper_are_none(string evidence) =>
        SoftwareDependency.FindAll(evidence).ShouldBeEmpty();

    [Theory]
    [InlineData("Code is available at https://github.com/jiaor17/Diff CSP.", "https://github.com/jiaor17/DiffCSP")]
    [InlineData("The code is available at https: //github.com/kaist-dmlab/Prune4Rel. (Section 4.1)", "https://github.com/kaist-dmlab/Prune4Rel")]
    [InlineData("publicly available at https://github.com/cambridge-mlg/ neural_diffusion_processes", "https://github.com/cambridge-mlg/neural_diffusion_processes")]
    [InlineData("Code & Dataset: brendel-group.github.io/imi.", "brendel-group.github.io/imi")]
    [InlineData("Our code: 2https://github.com/a/b and the data", "https://github.com/a/b")]
    public void A_link_is_given_without_the_spaces_a_pdf_put_inside(string evidence, string link)
    {
        var code = CodeFacts.Of(evidence);
        code.Links.ShouldBe([link]);
    }

    [Fact]
    public void Hosts_are_lower_case_without_www_each_once() =>
        CodeFacts.Of("See https://www.GitHub.com/a/b and https://github.com/c/d and https://DiT-3D.github.io").Hosts.ShouldBe(["github.com", "dit-3d.github.io"]);

    [Theory]
    [InlineData("The code will be released upon acceptance.", false, true)]
    [InlineData("Link anonymized for review.", true, false)]
    [InlineData("Code: https://anonymous.4open.science/r/abc", true, false)]
    [InlineData("Our code is at https://github.com/a/b.", false, false)]
    public void Code_is_anonymized_or_only_promised_as_the_evidence_says(string evidence, bool anonymized, bool promised)
    {
        var code = CodeFacts.Of(evidence);
        code.Anonymized.ShouldBe(anonymized);
        code.Promised.ShouldBe(promised);
    }

    [Fact]
    public void Ligatures_are_read_as_letters() =>
        SoftwareDependency.FindAll("We use the ofﬁcial PyTorch 1.8.1 conﬁguration.").ShouldBe([new SoftwareDependency("PyTorch", "1.8.1")]);

    [Fact]
    public void Hostile_evidence_is_read_without_failing_and_in_bounded_time()
    {
        var huge = string.Concat(Enumerable.Repeat("We used 8 A100 GPUs and PyTorch 2.0.1 at https://github.com/a/b ", 1600))[..100_000];
        var paper = Paper(huge, huge, huge);
        var facts = PaperFacts.Of(paper);
        facts.Hardware.ShouldBe([new Device(DeviceKind.GPU, "A100", 8)]);
        facts.Software.ShouldBe([new SoftwareDependency("PyTorch", "2.0.1")]);
        facts.Code.Links.ShouldBe(["https://github.com/a/b"]);
        EvidenceAudit.Check(paper).ShouldBeEmpty();   // a link, a device and a version: every label holds

        foreach (var other in new[] { "我们在8块A100 GPU上训练，使用PyTorch 1.9。代码见 https://github.com/a/b", "مرحبا بالعالم", "🙂🙂🙂 | \u0000 \uFFFD", "https://", "http:// ", "github.com/", "8x", "v1.2.3" })
        {
            Should.NotThrow(() => PaperFacts.Of(Paper(other, other, other)), other);
            Should.NotThrow(() => EvidenceAudit.Check(Paper(other, other, other)), other);
        }
        PaperFacts.Of(Paper("", "", "")).ShouldBe(new PaperFacts(CodeFacts.None, [], []));
    }

    [Fact]
    public void Facts_of_text_in_other_scripts_are_found_where_they_are_written_in_latin() =>
        PaperFacts.Of(Paper(code: "代码见 https://github.com/a/b", hardware: "我们在8块A100 GPU上训练", software: "使用PyTorch 1.9。")).ShouldBe(
            new PaperFacts(new CodeFacts(["https://github.com/a/b"], ["github.com"], false, false), [new Device(DeviceKind.GPU, "A100", null)], [new SoftwareDependency("PyTorch", "1.9")]));

    /// <summary>
    /// The later software sets, each read by its own reader (docs/facts.md). Holdout3 was measured once
    /// with the rules as they stand and never tuned on: the honest figure for texts the rules have not
    /// seen. Holdout was measured once, then the rules were changed from its misses (a dev set now). The
    /// floors are today's figures, below the goals, held so they do not fall; a rule changed after
    /// reading Holdout3's misses makes it one more dev set, and docs/facts.md must say so.
    /// </summary>
    [Theory]
    [InlineData("Holdout/facts-labels-2.jsonl", 0.95, 0.82, 0.92, 0.82)]
    [InlineData("Holdout3/facts-labels-3.jsonl", 0.89, 0.74, 0.92, 0.78)]
    public void The_software_reader_holds_its_figures_on_the_later_hand_checked_sets(string set, double namesPrecision, double namesRecall, double versionsPrecision, double versionsRecall)
    {
        var tallies = FactsMeasurement.Measure(FactsMeasurement.Load(Path.Combine(Path.GetDirectoryName(Labels)!, set))).ToDictionary(t => t.Field);
        tallies["software names"].Precision.ShouldBeGreaterThanOrEqualTo(namesPrecision);
        tallies["software names"].Recall.ShouldBeGreaterThanOrEqualTo(namesRecall);
        tallies["versions"].Precision.ShouldBeGreaterThanOrEqualTo(versionsPrecision);
        tallies["versions"].Recall.ShouldBeGreaterThanOrEqualTo(versionsRecall);
    }

    /// <summary>One place per fact: no spelling in the software catalogue folds to another's, so none is silently shadowed.</summary>
    [Fact]
    public void Every_spelling_in_the_software_catalogue_is_listed_once()
    {
        var spellings = FactCatalog.Software.SelectMany(s => s.Aliases.Prepend(s.Name)).Select(n => FactCatalog.Fold(n)).ToList();
        spellings.GroupBy(f => f).Where(g => g.Count() > 1).Select(g => g.Key).ShouldBeEmpty();
    }

    /// <summary>The quality gate: the measured figures of docs/facts.md on the held-out test split may not fall.</summary>
    [Fact]
    public void The_readers_hold_their_measured_precision_and_recall_on_the_hand_checked_test_split()
    {
        var tallies = FactsMeasurement.Measure(FactsMeasurement.Load(Labels).Where(r => r.Split == "test")).ToDictionary(t => t.Field);
        tallies["devices"].Precision.ShouldBeGreaterThanOrEqualTo(0.95);
        tallies["devices"].Recall.ShouldBeGreaterThanOrEqualTo(0.90);
        tallies["links"].Precision.ShouldBeGreaterThanOrEqualTo(0.95);
        tallies["links"].Recall.ShouldBeGreaterThanOrEqualTo(0.90);
        tallies["software names"].Precision.ShouldBeGreaterThanOrEqualTo(0.90);
        tallies["software names"].Recall.ShouldBeGreaterThanOrEqualTo(0.90);
        tallies["versions"].Precision.ShouldBeGreaterThanOrEqualTo(0.95);
        tallies["versions"].Recall.ShouldBeGreaterThanOrEqualTo(0.94);
    }

    private static Paper Paper(string code, string hardware, string software) => new(null, "A paper", ["Ada"], new Venue("NeurIPS", 2023), [],
    [
        new Variable("Open Source Code", new Result("Yes"), new Evidence(code)),
        new Variable("Hardware Specification", new Result("Yes"), new Evidence(hardware)),
        new Variable("Software Dependencies", new Result("Yes"), new Evidence(software)),
    ]);
}
