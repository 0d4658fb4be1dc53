#!/usr/bin/env bash
# The packages as a user meets them: pack GillRepro and GillRepro.Tool into a local folder, then, in a
# fresh folder with a fresh NuGet cache, build a new console app that references GillRepro from that
# folder and prints the seed's scores, and install the tool from it and run `gillrepro score`.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
version=$(sed -n 's:.*<Version>\(.*\)</Version>.*:\1:p' "$root/Directory.Build.props")

echo "== pack $version into a local folder"
dotnet pack "$root/GillRepro.sln" -c Release -o "$work/feed" > "$work/pack.log" || { cat "$work/pack.log"; exit 1; }
for file in "GillRepro.$version.nupkg" "GillRepro.$version.snupkg" "GillRepro.Tool.$version.nupkg"; do
  [ -f "$work/feed/$file" ] || { echo "missing $file; the folder holds:"; ls "$work/feed"; exit 1; }
  echo "   $file"
done

# The tool package keeps the native libraries of the platforms the README lists, and no others.
tool="$work/feed/GillRepro.Tool.$version.nupkg"
command -v unzip > /dev/null || { apt-get update -qq > /dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq unzip > /dev/null; }
platforms=$(unzip -l "$tool" | grep -oE 'runtimes/[^/]+/' | sort -u | sed -E 's|runtimes/([^/]+)/|\1|' | tr '\n' ' ')
if [ "$platforms" != "linux-arm64 linux-musl-x64 linux-x64 osx win-arm64 win-x64 " ]; then
  echo "consumer test: the tool package carries native libraries for: $platforms"; exit 1
fi
echo "tool package: $(( $(stat -c %s "$tool") / 1024 / 1024 )) MB, native libraries for: $platforms"

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

var paper = Scorecard.Parse(File.ReadAllText(args[0]));
var score = Scorecard.Score(paper);
Console.WriteLine($"{paper.Title}: D = {score.DocumentationScore}, R = {score.ReproducibilityScore}");
CODE
output=$(dotnet run --project "$work/app" -- "$work/app/seed.md")
echo "   $output"
[ "$output" = "Generating Images with Multimodal Language Models: D = 5, R = 0.86" ] || { echo "unexpected output"; exit 1; }

echo "== install the tool from the folder and score the seed"
dotnet tool install GillRepro.Tool --version "$version" --tool-path "$work/tools" --add-source "$work/feed" > /dev/null
"$work/tools/gillrepro" --version
"$work/tools/gillrepro" score "$work/app/seed.md" | tee "$work/score.txt"
grep -q "Documentation Score D = 5 of 7" "$work/score.txt"
grep -q "Reproducibility Score R = 0.86" "$work/score.txt"
echo "consumer test: packages install and run from a local folder"
