using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace GillRepro.Facts;

/// <summary>
/// The one place where the fact readers' knowledge stands (docs/facts.md): the software names and their
/// usual spellings, the words that are never software, the device patterns, the phrases of promised and
/// anonymized code, the code hosts. Patterns are source-generated (AOT-safe, no start-up compile).
/// </summary>
internal static partial class FactCatalog
{
    // ---- Code ----

    /// <summary>Where a link starts: a scheme (spaces a PDF put inside allowed), <c>www.</c>, or a host with a common ending.</summary>
    [GeneratedRegex(@"(?<scheme>\d{0,2}https?\s?:\s?/\s?/)|(?<![\w@./-])(?:www\.[a-z0-9]|[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:com|org|io|net|edu|ai|science|co|de|uk|fr|cn|ch|jp|nl|info|me|ca|au|gov|dev|page|site|ly|eu|at|ru|kr|in|be|se|it|es|pl|cz|dk|fi|no|il|sg|hk|tw|br)(?=[/\s,;:)]|\.(?:\s|$)|$))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex LinkStart();

    /// <summary>A link hidden for review.</summary>
    [GeneratedRegex(@"anonymi[sz]ed|anonymous\s?\.\s?4open|\bblinded\b|double[- ]blind|\b(?:hidden|removed|withheld|omitted|redacted|suppressed)\b[^.]{0,40}\b(?:anonymity|review)|anonymous (?:github|repository|link|url)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex Anonymized();

    /// <summary>Code only promised for later.</summary>
    [GeneratedRegex(@"\bwill be (?:made |publicly |freely |openly |fully |also |soon )*(?:released|available|public|open[- ]?sourced?|shared|published|provided|uploaded|accessible|distributed)\b|\b(?:upon|after|on) (?:the )?(?:paper'?s? )?(?:acceptance|publication|request)\b|\bwill (?:publicly |also |soon )?(?:release|make (?:\w+ )?(?:available|public)|share|open[- ]?source|publish|provide)\b|\bto be (?:released|made available|open[- ]?sourced)\b|\bcoming soon\b|\bon reasonable request\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex Promised();

    /// <summary>Hosts that hold code, so a bare address on one is a link without a path.</summary>
    private static readonly FrozenSet<string> CodeHosts = FrozenSet.ToFrozenSet(
        ["github.com", "gitlab.com", "bitbucket.org", "huggingface.co", "sourceforge.net", "zenodo.org", "osf.io", "codeocean.com", "gitee.com", "figshare.com", "kaggle.com", "pypi.org", "anonymous.4open.science"],
        StringComparer.Ordinal);

    internal static bool IsCodeHost(string host) => CodeHosts.Contains(host) || host.EndsWith(".github.io", StringComparison.Ordinal);

    /// <summary>Capitalised words that start a sentence after a link rather than continue a link a PDF broke.</summary>
    internal static readonly FrozenSet<string> SentenceWords = FrozenSet.ToFrozenSet(
        ["The", "We", "Our", "This", "These", "That", "It", "Its", "In", "For", "See", "All", "Code", "Project", "Data", "Dataset", "Datasets",
         "Section", "Appendix", "Table", "Figure", "Footnote", "And", "Also", "Accessed", "Available", "Last", "Note", "Please", "Supplementary",
         "Additional", "However", "Then", "To", "A", "An", "As", "Both", "More", "Further", "Source", "Link", "Links", "Github", "GitHub", "Implementation",
         "Experiments", "Details", "Website", "Page", "Repository", "Model", "Models", "Demo", "Videos", "Video", "Our", "They", "There", "Here",
         "Finally", "Moreover", "Furthermore", "Specifically", "Additionally", "Full", "Each", "One", "Two", "Some", "Any", "No", "Not", "If", "When",
         "While", "With", "Without", "From", "At", "On", "By", "Of", "Or", "But", "So", "Thus", "Hence", "Therefore", "I", "II", "Online", "URL"],
        StringComparer.Ordinal);

    // ---- Hardware ----

    /// <summary>
    /// Every device pattern, one alternative per family; <see cref="DeviceReader"/> names the model from the
    /// group that matched. Vendor words before a model are part of the match, so a count stands right before it.
    /// </summary>
    [GeneratedRegex("""
        (?<![A-Za-z0-9_.-])(?:
          (?:(?:NVIDIA|Nvidia|GeForce|Tesla|Quadro)[\s®]*)*(?<line>RTX|GTX|GT|Titan|TITAN|Quadro(?:\s+RTX)?)(?:\s?-?(?<num>\d{3,4}[A-Za-z]?|[A-Z]\d{3,4}))?(?:\s?-?(?<suf>Ti|TI|ti|Super|SUPER|XP|Xp|X|V|RTX|Z|Black|Pascal))?s?
        | (?:(?:NVIDIA|Nvidia|Tesla)[\s®]*)*(?<dc>A100|A800|A10G|A10|A30|A40|A16|A6000|A5000|A4500|A4000|A2000|H100|H800|H200|H20|B100|B200|GH200|V100S?|P100|P40|P6000|P5000|P4000|T4|K80|K40[cm]?|K20[Xcm]?|M40|M60|L40S|L40|L4)(?:[\s-]*(?:SXM\d?|PCIe|NVL|\d+\s?GB))*s?
        | (?:(?:NVIDIA|Nvidia|GeForce)[\s®]*)+(?<bare>9[5-8]0|10[5-8]0|16[5-6]0|20[6-8]0|30[5-9]0|40[6-9]0|50[7-9]0)(?:\s?-?(?<bsuf>Ti|TI|ti|Super|SUPER))?s?
        | (?<bare2>10[5-8]0|20[6-8]0|30[5-9]0|40[6-9]0)(?:\s?-?(?<bsuf2>Ti|TI|ti|Super|SUPER))?(?=s?\s*(?:GPU|graphics|card|Ti\b))
        | (?:Google\s+|Cloud\s+)*TPU\s?-?\s?[vV]?(?<tpu>\d)(?![\d.])[\w-]*
        | [vV](?<tpu2>\d)(?:-\d+)?\s+(?:Cloud\s+)?TPU
        | (?:Intel[\s®]*(?:\(R\))?\s*)?Xeon(?:\s*\(R\)|®)?(?:\s*CPU)?(?:\s+(?<xs>Gold|Silver|Platinum|Bronze|Phi))?(?:[\s-]*(?<xn>(?:[EWD]\d?\s?-?\s?)?\d{4}[A-Z]{0,2}))?(?:\s?(?<xv>v\d))?
        | (?:(?<intel>Intel)[\s®]*(?:\(R\))?\s*)?(?:(?<core>Core)\s*(?:\(TM\)|™)?\s*)?(?<ci>i[3579])(?:[\s-](?<cn>\d{3,5}[A-Z]{0,2}))?
        | (?:Intel[\s®]*)?Core\s?2\s?(?<c2>Duo|Quad)
        | (?:AMD[\s®]*)?EPYC(?:\s*(?<epyc>\d{4}[A-Z]?\d?))?
        | (?:AMD[\s®]*)?Ryzen(?:\s*(?<rtier>\d)(?!\d))?(?:\s*(?<ryzen>\d{4}[A-Z]{0,2}))?
        | (?:AMD[\s®]*)?Threadripper(?:\s*PRO)?(?:\s*(?<tr>\d{4}[A-Z]{0,2}))?
        | (?:AMD[\s®]*)?Opteron(?:\s*\(tm\))?(?:\s*Processor)?(?:\s*(?<opteron>\d{4}[A-Z]{0,2}))?
        | (?:AMD[\s®]*)?(?:Radeon|Instinct)\s*(?<radeon>(?:RX\s*|Pro\s*)?(?:\d{3,4}(?:\s?XT)?|VII|MI\d{2,3}X?))
        | (?:AMD[\s®]*)?(?<mi>MI(?:25|50|60|100|200|210|250X?|300X?))
        | (?<apple>Apple\s+)?M(?<m>[1-4])(?:\s?(?<mx>Pro|Max|Ultra))?(?=\s*(?:chip|processor|CPU|Mac|SoC|,|\)|\s))
        | (?<pentium>Pentium|Celeron)(?:\s*(?<pn>[A-Z]?\d{3,4}[A-Z]?))?
        | Jetson\s+(?<jetson>AGX\s+Xavier|AGX\s+Orin|Xavier(?:\s+NX)?|Orin(?:\s+Nano)?|Nano|TX1|TX2)
        | Raspberry\s+Pi(?:\s*(?<pi>\d))?
        | (?:Intel\s*)?(?<uhd>(?:UHD|HD|Iris)\s+(?:Xe\s+)?Graphics(?:\s+\d{3,4})?)
        )(?![A-Za-z0-9_-])
        """, RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    internal static partial Regex Device();

    /// <summary>The words of a count right before a device (vendor words already inside the match).</summary>
    [GeneratedRegex(@"(?<![\w.])(?<n>\d{1,5}|a|an|one|single|two|three|four|five|six|seven|eight|nine|ten|twelve|sixteen|dual|quad|double)\s*(?:x\s*)?(?:of\s+(?:the\s+)?)?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex CountBefore();

    /// <summary>A count written after the device: "A100 GPUs (x8)", "V100 x 4".</summary>
    [GeneratedRegex(@"^\s*(?:GPUs?|cards?|CPUs?)?\s*\(?\s*x\s?(?<n>\d{1,4})\b", RegexOptions.CultureInvariant)]
    internal static partial Regex CountAfter();

    /// <summary>Words around a short data-centre model that make it a GPU and not a name (a "T4" in a sentence about GPUs).</summary>
    [GeneratedRegex(@"GPU|NVIDIA|Nvidia|Tesla|CUDA|graphics|card", RegexOptions.CultureInvariant)]
    internal static partial Regex GpuContext();

    internal static readonly FrozenDictionary<string, int> CountWords = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["a"] = 1, ["an"] = 1, ["one"] = 1, ["single"] = 1, ["two"] = 2, ["dual"] = 2, ["double"] = 2, ["three"] = 3, ["four"] = 4, ["quad"] = 4,
        ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["twelve"] = 12, ["sixteen"] = 16,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    // ---- Software ----

    /// <summary>
    /// Software the readers know, by their usual spelling, each with the other ways papers write it. A name
    /// is matched in any letter case with the spaces, hyphens, dots and underscores a PDF or a package
    /// manager put inside it taken out ("Py Torch", "scikit_learn"); names that are also English words
    /// (<c>Ray</c>, <c>Stan</c>) match only when written with a capital.
    /// </summary>
    internal static readonly (string Name, string[] Aliases)[] Software =
    [
        ("PyTorch", ["torch"]), ("TensorFlow", ["tf2", "tensorflow-gpu"]), ("JAX", []), ("Flax", []), ("Haiku", ["dm-haiku"]), ("Keras", []), ("Theano", []),
        ("Caffe", []), ("Caffe2", []), ("MXNet", ["apache mxnet"]), ("Chainer", []), ("PaddlePaddle", ["paddle"]), ("MindSpore", []), ("OneFlow", []), ("Lasagne", []),
        ("DyNet", []), ("CNTK", []), ("Torch7", ["lua torch"]), ("scikit-learn", ["sklearn"]), ("NumPy", []), ("SciPy", []), ("pandas", []),
        ("Matplotlib", []), ("seaborn", []), ("NetworkX", []), ("statsmodels", []), ("SymPy", []), ("Numba", []), ("Cython", []), ("CuPy", []), ("XGBoost", []),
        ("LightGBM", []), ("CatBoost", []), ("OpenCV", ["cv2", "opencv-python"]), ("Pillow", ["PIL"]), ("scikit-image", ["skimage"]), ("NLTK", []), ("spaCy", []),
        ("Gensim", []), ("Hugging Face Transformers", ["transformers", "hugging face's transformers", "hf transformers"]),
        ("Hugging Face", []), ("PEFT", []), ("DeepSpeed", []), ("Megatron-LM", ["megatron"]), ("FairSeq", []), ("AllenNLP", []), ("OpenNMT", []), ("fastText", []),
        ("timm", []), ("PyTorch Image Models", []), ("torchvision", []), ("torchaudio", []), ("torchtext", []), ("PyTorch Lightning", ["lightning"]),
        ("PyTorch Geometric", ["torch_geometric", "pyg"]), ("DGL", ["deep graph library"]), ("Optuna", []), ("Ray", []), ("RLlib", []), ("Ray Tune", []),
        ("Hyperopt", []), ("Weights & Biases", ["wandb"]), ("TensorBoard", []), ("MLflow", []), ("OpenAI Gym", ["gym"]), ("Gymnasium", []),
        ("MuJoCo", ["mujoco-py"]), ("PyBullet", []), ("Isaac Gym", []), ("Stable Baselines3", ["sb3"]), ("Stable Baselines", []),
        ("Dopamine", []), ("CARLA", []), ("Habitat", []), ("Arcade Learning Environment", ["ale"]), ("CUDA", ["cuda toolkit"]), ("cuDNN", []), ("NCCL", []), ("TensorRT", []),
        ("Triton", []), ("FlashAttention", ["flash-attn"]), ("xFormers", []), ("Apex", ["nvidia apex"]), ("bitsandbytes", []), ("vLLM", []), ("ONNX", []),
        ("ONNX Runtime", []), ("OpenVINO", []), ("Python", ["python3", "cpython"]), ("Java", []), ("C++", ["cpp"]), ("Julia", []), ("MATLAB", []), ("Octave", ["gnu octave"]),
        ("Mathematica", []), ("Maple", []), ("Rust", []), ("Scala", []), ("JavaScript", []), ("Lua", []), ("Perl", []), ("Fortran", []), ("Gurobi", ["gurobipy"]), ("CPLEX", ["ibm cplex"]),
        ("MOSEK", []), ("KNITRO", ["artelys knitro"]), ("SCIP", []), ("CVXPY", []), ("CVX", []), ("Pyomo", []), ("OR-Tools", ["google or-tools"]), ("Z3", []),
        ("MiniZinc", []), ("Clingo", []), ("Glucose", []), ("MiniSat", []), ("Xpress", ["fico xpress"]), ("IPOPT", []), ("GLPK", []), ("Pyro", []), ("NumPyro", []),
        ("PyMC", ["pymc3"]), ("Stan", ["cmdstan", "pystan"]), ("TensorFlow Probability", []), ("GPyTorch", []), ("GPy", []), ("GPflow", []), ("BoTorch", []), ("emcee", []),
        ("Python OT", ["pot", "python optimal transport"]), ("GeomLoss", []), ("Opacus", []), ("autodp", []), ("CVXOPT", []), ("ECOS", []), ("SCS", []), ("OSQP", []), ("Pymanopt", []),
        ("Geoopt", []), ("FEniCS", []), ("DeepXDE", []), ("JAX-CFD", []), ("Ubuntu", []), ("CentOS", []), ("Debian", []), ("Windows", []), ("macOS", ["os x"]), ("Linux", []),
        ("Docker", []), ("Singularity", []), ("Slurm", []), ("Apache Spark", ["spark", "pyspark"]), ("Hadoop", []), ("OpenBLAS", []), ("Intel MKL", ["mkl"]), ("OpenMP", []),
        ("Open MPI", ["mpi"]), ("Eigen", []), ("Boost", []), ("LAPACK", []), ("BLAS", []), ("ARPACK", []), ("LIBSVM", []), ("LIBLINEAR", []), ("Weka", []), ("MOA", []),
        ("Vowpal Wabbit", []), ("MALLET", []), ("Stanford CoreNLP", ["corenlp"]), ("OpenAI API", []), ("openai", []), ("LangChain", []), ("LlamaIndex", []), ("MMDetection", []),
        ("MMSegmentation", []), ("MMClassification", []), ("MMCV", []), ("Detectron2", []), ("Detectron", []), ("Dassl", []), ("tllib", []), ("Transfer Learning Library", []),
        ("HpBandSter", []), ("Neural Network Intelligence", ["nni"]), ("SDV", []), ("CTGAN", []), ("Pymunk", []), ("MrBayes", []), ("RAxML", []), ("BEAST", []), ("PYTHIA8", ["pythia"]),
        ("Geant4", []), ("DELPHES", []), ("MADGRAPH_AMC@NLO", ["madgraph5_amc@nlo", "madgraph"]), ("Gazebo", []), ("ROS", []), ("Unity", []), ("Unreal Engine", []), ("Blender", []),
        ("Open3D", []), ("PyTorch3D", []), ("Kaolin", []), ("trimesh", []), ("Nerfstudio", []), ("COLMAP", []), ("OpenAI Baselines", ["baselines"]), ("Tianshou", []), ("CleanRL", []),
        ("PettingZoo", []), ("SUMO", []), ("Power TAC", []), ("NetLogo", []), ("SimPy", []), ("Gymnax", []), ("Brax", []), ("EnvPool", []), ("Sonnet", []), ("Trax", []), ("T5X", []),
        ("Lingvo", []), ("Flaxformer", []), ("Optax", []), ("Equinox", []), ("Hydra", []), ("FairScale", []), ("Horovod", []), ("torchdiffeq", []), ("torchsde", []),
        ("Diffusers", []), ("Sentence-Transformers", []), ("Faiss", []), ("Annoy", []), ("hnswlib", []), ("Elasticsearch", []),
        ("Lucene", []), ("Pyserini", []), ("Anserini", []), ("SQLite", []), ("PostgreSQL", ["postgres"]), ("MySQL", []), ("Neo4j", []), ("igraph", ["python-igraph"]),
        ("graph-tool", []), ("JuMP", []), ("Pinocchio", []), ("Drake", []), ("MATPOWER", []), ("PySAT", []), ("CaDiCaL", []), ("Kissat", []), ("Fast Downward", []), ("Clasp", []),
        ("ProbLog", []), ("SWI-Prolog", []), ("Prolog", []), ("Alloy", []), ("NuSMV", []), ("PRISM", []), ("Storm", []), ("UPPAAL", []), ("LTL2BA", []), ("Spot", []), ("ns-3", []),
        ("OMNeT++", []), ("Word2Vec", []), ("GloVe", []), ("Scikit-Optimize", ["skopt"]), ("Ax", []), ("Nevergrad", []), ("EvoTorch", []), ("DEAP", []), ("pycma", ["cma"]),
        ("DeepMind Control Suite", ["dm_control"]), ("D4RL", []), ("Minigrid", []), ("ProcGen", []), ("Meta-World", []), ("robosuite", []),
        ("OpenSpiel", []), ("Acme", []), ("JAXline", []), ("einops", []), ("tqdm", []), ("h5py", []), ("PyYAML", []), ("Jupyter", []), ("R", []), ("Bob", []),
        ("CONN", []), ("Cliquer", []), ("Ibex", []), ("OpenTLD", []), ("DIARC", []), ("EJML", []), ("GPML", []), ("OpenJDK", []), ("NVIDIA Driver", ["nvidia drivers"]), ("TVM", ["apache tvm"]), ("monai", []),
        ("neptune-client", []), ("ObJAX", []), ("UMAP-learn", ["umap"]), 
        // Compilers, solvers, provers and numerical systems.
        ("GCC", ["gnu compiler collection"]), ("Clang", []), ("LLVM", []), ("CMake", []), ("Gecode", []), ("Choco", ["choco solver"]), ("Chuffed", []), ("OscaR", []),
        ("SeDuMi", []), ("YALMIP", []), ("SDPT3", []), ("CBC", ["coin-or cbc", "coin cbc"]), ("HiGHS", []), ("CasADi", []), ("PuLP", []), ("SNOPT", []), ("BARON", []),
        ("AMPL", []), ("GAMS", []), ("CVC4", []), ("cvc5", []), ("Coq", []), ("Isabelle", ["isabelle/hol"]), ("DLV", []), ("CryptoMiniSat", []), ("Lingeling", []),
        ("SageMath", []), ("GMP", []), ("MPFR", []), ("FLINT", []), ("Armadillo", []), ("Ceres Solver", ["ceres"]), ("GTSAM", []), ("g2o", []),
        ("SPSS", []), ("Stata", []), ("Racket", []), ("SICStus Prolog", ["sicstus"]), ("ECLiPSe", ["eclipse prolog"]), ("Visual Studio", ["microsoft visual studio"]),
        // Data, statistics and science.
        ("Dask", []), ("Polars", []), ("Apache Arrow", ["pyarrow"]), ("xarray", []), ("Zarr", []), ("HDF5", []), ("NetCDF", []), ("RDKit", []), ("OpenMM", []), ("Biopython", []),
        ("Scanpy", []), ("Seurat", []), ("Bioconductor", []), ("glmnet", []), ("lme4", []), ("ggplot2", []), ("tidyverse", []), ("brms", []), ("JAGS", []), ("WinBUGS", []),
        ("ArviZ", []), ("MNE", ["mne-python"]), ("Nilearn", []), ("FreeSurfer", []), ("SimpleITK", []), ("VTK", []), ("PyVista", []), ("GUDHI", []), ("Ripser", []),
        ("librosa", []), ("Kaldi", []), ("ESPnet", []), ("SpeechBrain", []), ("FFmpeg", []), ("x264", []), ("x265", []), ("Rcpp", []),
        // Machine learning beyond the frameworks.
        ("Kornia", []), ("Albumentations", []), ("TorchMetrics", []), ("AutoGluon", []), ("auto-sklearn", []), ("TPOT", []), ("SMAC3", []), ("Keras Tuner", []),
        ("Captum", []), ("Fairlearn", []), ("AIF360", ["ai fairness 360"]), ("TensorFlow Privacy", []), ("PySyft", []), ("FedML", []), ("ESCNN", []), ("e2cnn", []), ("e3nn", []),
        ("TF-Agents", []), ("rlpyt", []), ("d3rlpy", []), ("Spinning Up", []), ("LAVIS", []), ("DALI", ["nvidia dali"]), ("FFCV", []),
        ("WebDataset", []), ("XLA", []), ("CUTLASS", []), ("cuBLAS", []), ("cuSPARSE", []), ("Colossal-AI", []), ("llama.cpp", []), ("TensorFlow Lite", ["tflite"]),
        ("Core ML", []), ("Gradio", []), ("Streamlit", []), ("Kubernetes", []), ("Google Colab", ["colab"]), ("Anaconda", ["conda"]),
        // Simulators, robotics and games.
        ("Box2D", []), ("Pygame", []), ("ViZDoom", []), ("Malmo", []), ("MoveIt", []), ("OMPL", []), ("Webots", []), ("AirSim", []), ("Isaac Sim", []), ("Habitat-Sim", []),
        ("Stockfish", []), ("KataGo", []), ("Leela Zero", []), ("OpenPose", []), ("MediaPipe", []), ("dlib", []), ("Ultralytics", []), ("Godot", []),
        // Knowledge representation and graphs.
        ("Protege", ["protégé"]), ("OWL API", []), ("Apache Jena", ["jena"]), ("RDFLib", []), ("Gephi", []), ("Cytoscape", []), ("SNAP", ["stanford network analysis platform"]), ("METIS", []),
    ];

    /// <summary>Names that are also English words or letters: they match only when written with a capital (and some only with a version, <see cref="VersionOnly"/>).</summary>
    internal static readonly WordSet CapitalOnly = new(
        ["Ray", "Stan", "Boost", "Eigen", "Unity", "Acme", "Ax", "Hydra", "Trax", "Storm", "Spot", "Alloy", "Drake", "Dopamine", "Habitat", "Glucose", "Sonnet", "Triton",
         "Apex", "Annoy", "Bob", "Equinox", "Pinocchio", "Blender", "Singularity", "Windows", "Julia", "Rust", "Maple", "Clasp", "Spark", "Lightning", "Baselines", "Ale", "Pot",
         "Hugging Face", "Transformers", "Diffusers", "Pillow", "Lua", "Jupyter", "R", "Gym", "Beast", "Prism", "Sumo", "Moa", "Mpi", "Conn", "Ibex",
         "SNAP", "SageMath", "Racket", "Spinning Up", "Choco", "Malmo", "DALI", "Armadillo", "Isabelle"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Spellings (folded) that are also common words of a paper's text ("R", "Vision Transformers"): they count as software only with a version.</summary>
    internal static readonly WordSet VersionOnly = new(["r", "transformers"], StringComparer.Ordinal);

    /// <summary>Each spelling, folded (<see cref="Fold"/>), to its software's usual name.</summary>
    internal static readonly FrozenDictionary<string, string> SoftwareNames = BuildSoftwareNames();

    /// <summary>How many words the longest spelling spans, so the reader tries no longer runs.</summary>
    internal const int LongestName = 4;

    private static FrozenDictionary<string, string> BuildSoftwareNames()
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, aliases) in Software)
        {
            names.TryAdd(Fold(name), name);
            foreach (var alias in aliases) names.TryAdd(Fold(alias), name);
        }
        return names.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>A name as the catalogue looks it up: lower case, without spaces, hyphens, dots, underscores and apostrophes.</summary>
    internal static string Fold(ReadOnlySpan<char> name)
    {
        Span<char> folded = name.Length <= 128 ? stackalloc char[name.Length] : new char[name.Length];
        var length = 0;
        foreach (var c in name)
        {
            if (c is ' ' or '-' or '.' or '_' or '\'' or '’') continue;
            folded[length++] = char.ToLowerInvariant(c);
        }
        return new string(folded[..length]);
    }

    /// <summary>Words a paper puts beside a name to say it is software ("the YALMIP toolbox", "the library LAVIS").</summary>
    internal static readonly WordSet SoftwareCue = new(
        ["library", "libraries", "toolbox", "toolkit", "package", "packages", "solver", "Solver", "framework", "codebase", "simulator", "Library", "Toolbox", "Toolkit", "Package"],
        StringComparer.Ordinal);


    /// <summary>Words that, followed by a number, are never software: parts of a paper, models, datasets, units, hardware.</summary>
    internal static readonly WordSet NotSoftware = new(
        ["Section", "Sections", "Sec", "Table", "Tables", "Figure", "Figures", "Fig", "Eq", "Eqs", "Equation", "Equations", "Appendix", "Algorithm", "Theorem", "Lemma",
         "Chapter", "Step", "Steps", "Version", "Versions", "Release", "Example", "Definition", "Proposition", "Corollary", "Remark", "Assumption", "Line", "Lines", "Page",
         "Pages", "Ref", "Reference", "Footnote", "Note", "Claim", "Property", "Condition", "Case", "Stage", "Phase", "Level", "Round", "Epoch", "Epochs", "Iteration",
         "GPT", "GPT-2", "GPT-3", "GPT-4", "GPT-3.5", "GPT-4o", "ChatGPT", "LLaMA", "Llama", "LLaMA-2", "Llama-2", "Llama-3", "BERT", "RoBERTa", "T5", "CLIP", "ResNet", "YOLO",
         "YOLOv5", "YOLOv8", "ViT", "Gemini", "Claude", "Mistral", "Vicuna", "Qwen", "Falcon", "OPT", "BLOOM", "PaLM", "Stable", "Diffusion", "Stable-Diffusion", "Transformer", "SD", "DALL-E", "Whisper",
         "ImageNet", "CIFAR", "CIFAR-10", "CIFAR-100", "MNIST", "COCO", "GB", "MB", "TB", "GHz", "MHz", "RAM", "GPU", "GPUs", "CPU", "CPUs", "TPU", "TPUs", "CUDA-capable",
         "and", "or", "of", "the", "with", "in", "on", "to", "at", "by", "for", "from", "is", "are", "was", "were", "be", "as", "than", "about", "approximately", "rate",
         "use", "uses", "used", "using", "via", "under", "over", "into", "library", "libraries", "package", "packages", "toolkit", "toolbox", "framework", "solver", "solvers", "release",
         "build", "installed", "install", "running", "run", "ran", "runs", "implemented", "implementation", "based", "built", "also", "both", "only", "each", "all",
         "size", "ratio", "weight", "decay", "momentum", "dropout", "temperature", "threshold", "Adam", "AdamW", "SGD", "RMSProp", "PPO", "DQN", "SAC", "TD3", "Python's",
         "v", "V", "ver", "Ubuntu's", "Windows's", "Intel", "NVIDIA", "Nvidia", "AMD", "Apple", "Google", "Xeon", "Core", "RTX", "GTX", "Tesla", "Titan", "Quadro"],
        StringComparer.OrdinalIgnoreCase);


    /// <summary>A version right after a name: citations, "version", "v", "(", comparison signs and a footnote digit before "version" passed over; a number with a dot, a release such as R2019a, or a small whole number.</summary>
    [GeneratedRegex(@"\G(?:\s*\[[\d,\s–-]+\]|\s*\(|\s*,?\s*(?:versions?|ver\.?|release)\b[.:]?|\s*[=>~]=?|\s*\bv\.|\s*\d\s+(?=version\b))*\s*[vV]?(?<v>\d+(?:\.\d+)+[a-z]?\d*(?:\.[a-z](?![A-Za-z]))?\+?|R?20\d\d[ab]\b|\d{1,2}(?![\d.,]?\d)(?!\s*(?:GB|MB|TB|GPUs?|CPUs?|cores?|layers?|%|x\b|times|epochs?|hours?|days?|nodes?|threads?|bits?|-bit|GHz|and\s+\d)))(?![\w.]*[A-Za-z]{2})",
        RegexOptions.CultureInvariant)]
    internal static partial Regex VersionAfter();

    /// <summary>A version written before its name, ending where the name begins: "version 0.7.4 of the", "release 2.1.2 (and subsequent) of".</summary>
    [GeneratedRegex(@"\b(?:version|release)\s+[vV]?(?<v>\d+(?:\.\d+)+)(?:\s*\([^)]{0,30}\))?\s+of\s+(?:the\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex VersionBefore();

    /// <summary>A sentence that names software only as an example of what is missing: a negation, then "like", "such as", "e.g." or "for example".</summary>
    [GeneratedRegex(@"\b(?:not|no|without|nor|lacks?|missing)\b[^;]*?(?:\b(?:like|such as|for example|for instance|including|namely)\b|\be\.g\.)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex OnlyMissing();

    /// <summary>Words that open a list of examples.</summary>
    [GeneratedRegex(@"(?:\b(?:like|such as|for example|for instance)\b|\be\.g\.)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex ExampleOf();

    /// <summary>A statement, after a list of examples, that they are not given: "are not provided", "is not specified".</summary>
    [GeneratedRegex(@"\b(?:are|is|were|was)\s+not\s+(?:\w+\s+)?(?:provided|specified|given|stated|mentioned|listed|included|reported)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex NotGiven();
}
