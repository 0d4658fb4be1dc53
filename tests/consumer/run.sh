#!/usr/bin/env bash
# The packages as a user meets them: pack GillRepro and GillRepro.Tool (the package users name, and its
# native linux-x64 and portable `any` packages) into a local folder, then, in a fresh folder with a fresh
# NuGet cache, build a new console app that references GillRepro from that folder and prints the seed's
# scores, a corpus summary and a comparison as JSON, and install the tool from it, check that this machine
# got the native executable, run `gillrepro score`, and check that the tool prints the app's JSON byte for byte. Packing the native tool needs clang and zlib1g-dev (.ci/run installs them).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
version=$(sed -n 's:.*<Version>\(.*\)</Version>.*:\1:p' "$root/Directory.Build.props")

echo "== pack $version into a local folder"
dotnet pack "$root/GillRepro.sln" -c Release -o "$work/feed" > "$work/pack.log" || { cat "$work/pack.log"; exit 1; }
for rid in any linux-x64; do
  dotnet pack "$root/src/GillRepro.Cli" -c Release -r "$rid" -o "$work/feed" > "$work/pack-$rid.log" || { tail -n 40 "$work/pack-$rid.log"; exit 1; }
done
for file in "GillRepro.$version.nupkg" "GillRepro.$version.snupkg" "GillRepro.Tool.$version.nupkg" "GillRepro.Tool.any.$version.nupkg" "GillRepro.Tool.linux-x64.$version.nupkg"; do
  [ -f "$work/feed/$file" ] || { echo "missing $file; the folder holds:"; ls "$work/feed"; exit 1; }
  echo "   $file: $(( $(stat -c %s "$work/feed/$file") / 1024 )) KB"
done

# The portable package keeps the native graphics libraries of the platforms the README lists, and no
# others; the native one is one executable with its own two, and no debug symbols.
command -v unzip > /dev/null || { apt-get update -qq > /dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq unzip > /dev/null; }
portable="$work/feed/GillRepro.Tool.any.$version.nupkg"
platforms=$(unzip -l "$portable" | grep -oE 'runtimes/[^/]+/' | sort -u | sed -E 's|runtimes/([^/]+)/|\1|' | tr '\n' ' ')
if [ "$platforms" != "linux-arm64 linux-musl-x64 linux-x64 osx win-arm64 win-x64 " ]; then
  echo "consumer test: the portable tool package carries native libraries for: $platforms"; exit 1
fi
echo "   portable tool package: native libraries for $platforms"
native_files=$(unzip -Z1 "$work/feed/GillRepro.Tool.linux-x64.$version.nupkg" | grep '^tools/' | sed 's|.*/||' | grep -vE '\.(xml|pdb)$' | sort | tr '\n' ' ')
if [ "$native_files" != "GillRepro.Cli libHarfBuzzSharp.so libSkiaSharp.so " ]; then
  echo "consumer test: the native tool package holds: $native_files"; exit 1
fi

# Each package carries its own README, written for a package page.
unzip -p "$work/feed/GillRepro.$version.nupkg" README.md | cmp - "$root/src/GillRepro/README.md" || { echo "consumer test: the library package's README is not src/GillRepro/README.md"; exit 1; }
unzip -p "$work/feed/GillRepro.Tool.$version.nupkg" README.md | cmp - "$root/src/GillRepro.Cli/README.md" || { echo "consumer test: the tool package's README is not src/GillRepro.Cli/README.md"; exit 1; }

# A fresh cache, so the packages just packed are the ones used, not an older build of the same version.
export NUGET_PACKAGES="$work/packages"

echo "== a new console app referencing GillRepro from the folder"
dotnet new console -o "$work/app" --framework net10.0 > /dev/null
cat > "$work/app/nuget.config" <<CONFIG
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="gillrepro-local" value="$work/feed" />
  </packageSources>
</configuration>
CONFIG
dotnet add "$work/app" package GillRepro --version "$version" > /dev/null
cp "$root/src/GillRepro.Cli/Samples/gill-neurips-2023.md" "$work/app/seed.md"
cat > "$work/app/Program.cs" <<'CODE'
using GillRepro;
using GillRepro.Agreement;
using GillRepro.Corpus;
using GillRepro.Serialization;

// What the tool prints, made through the public API: a paper's scores, a corpus summary, a comparison.
switch (args[0])
{
    case "score":
        var paper = Scorecard.Parse(File.ReadAllText(args[1]));
        var score = Scorecard.Score(paper);
        Console.WriteLine($"{paper.Title}: D = {score.DocumentationScore}, R = {score.ReproducibilityScore}");
        break;
    case "summary":
        // Every scorecard of every file, in path order, each paper once across its copies.
        var copies = Directory.EnumerateFiles(args[1], "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".md") || f.EndsWith(".txt")).Order(StringComparer.Ordinal)
            .SelectMany(f => Scorecard.ParseMany(File.ReadAllText(f)).Select(r => PaperCopy.From(r, f)).OfType<PaperCopy>());
        Console.Write(ScorecardJson.Serialize(CorpusSummary.Of(DistinctPapers.Weigh(copies), Grouping.VenueYear)) + "\n");
        break;
    case "compare":
        Labelling Read(string file) => new(Path.GetFileNameWithoutExtension(file), [.. Scorecard.ParseMany(File.ReadAllText(file)).Select(r => r.Paper!)]);
        Console.Write(ScorecardJson.Serialize(LabellingComparison.Of(Read(args[1]), Read(args[2]), Grouping.Year)) + "\n");
        break;
}
CODE
output=$(dotnet run --project "$work/app" -- score "$work/app/seed.md")
echo "   $output"
[ "$output" = "Generating Images with Multimodal Language Models: D = 5, R = 0.86" ] || { echo "unexpected output"; exit 1; }
sample="$root/tests/GillRepro.Tests/Sample/markdown"
agreement="$root/tests/GillRepro.Tests/Agreement/Sample"
dotnet run --project "$work/app" -- summary "$sample" > "$work/app-summary.json"
dotnet run --project "$work/app" -- compare "$agreement/gk2018-run-1.md" "$agreement/gk2018-human.md" > "$work/app-compare.json"

echo "== the C# of the README and of docs/api.md builds against the package"
for doc in README docs-api; do
  dotnet new console -o "$work/$doc" --framework net10.0 > /dev/null
  cp "$work/app/nuget.config" "$work/$doc/"
  dotnet add "$work/$doc" package GillRepro --version "$version" > /dev/null
done
# The README's first C# block (Use the library); every C# block of docs/api.md, in order, as one program.
awk '/^```csharp/{n++; if (n == 1) {f = 1; next}} /^```/{f = 0} f' "$root/README.md" > "$work/README/Program.cs"
awk '/^```csharp/{f = 1; next} /^```/{f = 0} f' "$root/docs/api.md" > "$work/docs-api/Program.cs"
for doc in README docs-api; do
  dotnet build "$work/$doc" -c Release > "$work/$doc.log" 2>&1 || { grep -E 'error|warning' "$work/$doc.log" | sort -u | head -20; echo "consumer test: the C# of $doc does not build against the package"; exit 1; }
  echo "   $doc: $(grep -c . "$work/$doc/Program.cs") lines build"
done

echo "== install the tool from the folder and score the seed"
dotnet tool install GillRepro.Tool --version "$version" --tool-path "$work/tools" --add-source "$work/feed" > /dev/null
installed=$(readlink -f "$work/tools/gillrepro")
case "$installed" in
  */gillrepro.tool.linux-x64/*) [ "$(head -c 4 "$installed" | tail -c 3)" = "ELF" ] || { echo "the installed tool is not a native executable: $installed"; exit 1; } ;;
  *) echo "on linux-x64 the tool installed from the portable package, not the native one: $installed"; exit 1 ;;
esac
echo "   installed: the native executable (gillrepro.tool.linux-x64)"
"$work/tools/gillrepro" --version
"$work/tools/gillrepro" score "$work/app/seed.md" | tee "$work/score.txt"
grep -q "Documentation Score D = 5 of 7" "$work/score.txt"
grep -q "Reproducibility Score R = 0.86" "$work/score.txt"

echo "== the app's JSON, made through the library, is the tool's"
"$work/tools/gillrepro" summary "$sample" --by venue-year --format json --quiet > "$work/tool-summary.json"
"$work/tools/gillrepro" compare "$agreement/gk2018-run-1.md" "$agreement/gk2018-human.md" --by year --format json > "$work/tool-compare.json"
cmp "$work/app-summary.json" "$work/tool-summary.json" || { echo "summary JSON: the app's differs from the tool's"; diff "$work/app-summary.json" "$work/tool-summary.json" | head -20; exit 1; }
cmp "$work/app-compare.json" "$work/tool-compare.json" || { echo "compare JSON: the app's differs from the tool's"; diff "$work/app-compare.json" "$work/tool-compare.json" | head -20; exit 1; }
echo "   summary ($(wc -c < "$work/tool-summary.json") bytes) and comparison ($(wc -c < "$work/tool-compare.json") bytes): byte for byte"
echo "consumer test: packages install and run from a local folder"
