using System.Text.RegularExpressions;

namespace GillRepro.Facts;

/// <summary>
/// Reads the devices out of evidence text (docs/facts.md, "Hardware"): each match of the catalogue's
/// device pattern named by the group that matched, its count from the words right before it or an
/// "x 8" right after it.
/// </summary>
internal static class DeviceReader
{
    public static EquatableArray<Device> Read(string evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        if (evidence.Length == 0) return [];
        var text = EvidenceText.Fold(evidence);
        List<Device>? devices = null;
        foreach (Match match in FactCatalog.Device().Matches(text))
        {
            if (Name(match, text) is not var (kind, model)) continue;
            if (devices is not null && devices.Exists(d => d.Model == model)) continue;
            (devices ??= []).Add(new Device(kind, model, CountOf(text, match)));
        }
        return devices is null ? [] : EquatableArray.Own(devices.ToArray());
    }

    /// <summary>The kind and model a match names, or null when it names none (a bare "RTX", an "i7" with neither Intel nor Core nor a number).</summary>
    private static (DeviceKind, string)? Name(Match match, string text)
    {
        var g = match.Groups;
        if (g["line"].Success) return Consumer(g["line"].Value, g["num"], g["suf"]);
        if (g["dc"].Success)
        {
            var model = g["dc"].Value;
            // Two-character models ("T4", "L4") and the short data-centre names are GPUs only among GPU words.
            if (model.Length <= 3 && model is not ("A100" or "V100" or "H100") && !NearGpuWords(text, match)) return null;
            return (DeviceKind.GPU, model.EndsWith('S') && model.StartsWith('V') ? "V100S" : model);
        }
        if (g["bare"].Success) return (DeviceKind.GPU, Series(g["bare"].Value, g["bsuf"]));
        if (g["bare2"].Success) return (DeviceKind.GPU, Series(g["bare2"].Value, g["bsuf2"]));
        if (g["tpu"].Success) return (DeviceKind.TPU, "TPU v" + g["tpu"].Value);
        if (g["tpu2"].Success) return (DeviceKind.TPU, "TPU v" + g["tpu2"].Value);
        if (match.Value.Contains("Xeon", StringComparison.Ordinal))
        {
            var model = "Xeon";
            if (g["xs"].Success) model += " " + g["xs"].Value;
            if (g["xn"].Success) model += " " + XeonNumber(g["xn"].Value);
            if (g["xv"].Success) model += " " + g["xv"].Value;
            return (DeviceKind.CPU, model);
        }
        if (g["ci"].Success)
        {
            if (!g["intel"].Success && !g["core"].Success && !g["cn"].Success) return null;
            return (DeviceKind.CPU, "Core " + g["ci"].Value + (g["cn"].Success ? "-" + g["cn"].Value : ""));
        }
        if (g["c2"].Success) return (DeviceKind.CPU, "Core 2 " + g["c2"].Value);
        if (match.Value.Contains("EPYC", StringComparison.Ordinal)) return (DeviceKind.CPU, g["epyc"].Success ? "EPYC " + g["epyc"].Value : "EPYC");
        if (match.Value.Contains("Threadripper", StringComparison.Ordinal)) return (DeviceKind.CPU, g["tr"].Success ? "Threadripper " + g["tr"].Value : "Threadripper");
        if (match.Value.Contains("Ryzen", StringComparison.Ordinal))
        {
            var model = "Ryzen";
            if (g["rtier"].Success) model += " " + g["rtier"].Value;
            if (g["ryzen"].Success) model += " " + g["ryzen"].Value;
            return (DeviceKind.CPU, model);
        }
        if (match.Value.Contains("Opteron", StringComparison.Ordinal)) return (DeviceKind.CPU, g["opteron"].Success ? "Opteron " + g["opteron"].Value : "Opteron");
        if (g["radeon"].Success) return (DeviceKind.GPU, (g["radeon"].Value.StartsWith("MI", StringComparison.Ordinal) ? "" : "Radeon ") + Squeeze(g["radeon"].Value));
        if (g["mi"].Success) return (DeviceKind.GPU, g["mi"].Value);
        if (g["m"].Success)
        {
            // "M1" is Apple's only beside Apple, a Mac, or the word chip.
            if (!g["apple"].Success && !Near(text, match, 60, "Apple", "Mac", "chip")) return null;
            return (DeviceKind.CPU, "M" + g["m"].Value + (g["mx"].Success ? " " + g["mx"].Value : ""));
        }
        if (g["pentium"].Success) return (DeviceKind.CPU, g["pentium"].Value + (g["pn"].Success ? " " + g["pn"].Value : ""));
        if (g["jetson"].Success) return (DeviceKind.Other, "Jetson " + Squeeze(g["jetson"].Value));
        if (match.Value.StartsWith("Raspberry", StringComparison.Ordinal)) return (DeviceKind.Other, "Raspberry Pi" + (g["pi"].Success ? " " + g["pi"].Value : ""));
        if (g["uhd"].Success) return (DeviceKind.GPU, Squeeze(g["uhd"].Value));
        return null;
    }

    /// <summary>RTX, GTX, Titan and Quadro cards: "GeForce RTX 2080Ti" is <c>RTX 2080 Ti</c>, "RTX A6000" is <c>A6000</c>, "TITAN Xp" is <c>Titan Xp</c>.</summary>
    private static (DeviceKind, string)? Consumer(string line, Group number, Group suffix)
    {
        var isTitan = line.StartsWith("Ti", StringComparison.OrdinalIgnoreCase);
        var suf = suffix.Success ? Suffix(suffix.Value) : null;
        if (isTitan) return (DeviceKind.GPU, "Titan" + (number.Success ? " " + number.Value : "") + (suf is null ? "" : " " + suf));
        if (!number.Success) return null;
        var num = number.Value;
        if (line == "RTX" && char.IsAsciiLetter(num[0])) return (DeviceKind.GPU, num);   // the RTX A-series
        var prefix = line.StartsWith("Quadro", StringComparison.Ordinal) ? Squeeze(line) : line.ToUpperInvariant();
        return (DeviceKind.GPU, prefix + " " + num + (suf is null ? "" : " " + suf));
    }

    /// <summary>A GeForce card written by its number alone: "NVIDIA 3090" is <c>RTX 3090</c>, "1080-Ti" <c>GTX 1080 Ti</c>.</summary>
    private static string Series(string number, Group suffix)
    {
        var line = number[0] == '9' || number.StartsWith("10", StringComparison.Ordinal) || number.StartsWith("16", StringComparison.Ordinal) ? "GTX" : "RTX";
        return $"{line} {number}" + (suffix.Success ? " " + Suffix(suffix.Value) : "");
    }

    private static string Suffix(string suffix) => suffix.ToUpperInvariant() switch
    {
        "TI" => "Ti",
        "SUPER" => "Super",
        "XP" => "Xp",
        "BLACK" => "Black",
        "PASCAL" => "X",
        var other => other,
    };

    /// <summary>"E5 2650" and "E5-2650" are both <c>E5-2650</c>.</summary>
    private static string XeonNumber(string number)
    {
        var squeezed = number.Replace(" ", "", StringComparison.Ordinal);
        if (squeezed.Length > 1 && char.IsAsciiLetter(squeezed[0]) && !squeezed.Contains('-'))
        {
            var digits = squeezed.AsSpan(1).IndexOfAnyExcept("0123456789") is var i and >= 0 ? i + 1 : squeezed.Length;
            var split = char.IsAsciiDigit(squeezed[1]) ? 2 : 1;
            if (squeezed.Length - split >= 4) return squeezed[..split] + "-" + squeezed[split..];
            _ = digits;
        }
        return squeezed;
    }

    private static string Squeeze(string text) => string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries));

    private static bool NearGpuWords(string text, Match match)
    {
        var from = Math.Max(0, match.Index - 60);
        var to = Math.Min(text.Length, match.Index + match.Length + 60);
        return FactCatalog.GpuContext().IsMatch(text.AsSpan(from, to - from));
    }

    private static bool Near(string text, Match match, int distance, params string[] words)
    {
        var from = Math.Max(0, match.Index - distance);
        var to = Math.Min(text.Length, match.Index + match.Length + distance);
        var around = text.AsSpan(from, to - from);
        foreach (var word in words) if (around.Contains(word, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>The count stated right before the device ("8", "eight", "a single", "4x") or right after it ("x 8"); null when none is.</summary>
    private static int? CountOf(string text, Match match)
    {
        var from = Math.Max(0, match.Index - 24);
        var before = FactCatalog.CountBefore().Match(text, from, match.Index - from);
        if (before.Success && Number(before.Groups["n"].Value) is { } n) return n;
        var after = match.Index + match.Length;
        var next = FactCatalog.CountAfter().Match(text[after..Math.Min(text.Length, after + 16)]);
        return next.Success ? Number(next.Groups["n"].Value) : null;
    }

    private static int? Number(string word)
    {
        if (FactCatalog.CountWords.TryGetValue(word, out var n)) return n;
        return int.TryParse(word, out n) && n is > 0 and < 100_000 && !(n is >= 1990 and <= 2030) ? n : null;
    }
}
