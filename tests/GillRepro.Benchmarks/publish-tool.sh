#!/usr/bin/env bash
# Publishes the gillrepro tool for this machine and prints the command that runs it, for the benchmark
# scripts. KIND is how it is compiled:
#   native      (default) a native executable (dotnet publish -r RID, the project's default; needs clang and zlib1g-dev)
#   readytorun  precompiled, run by the .NET runtime (dotnet publish -r RID -p:PublishAot=false: ReadyToRun)
#   managed     the plain build, as `dotnet run` and the portable tool package (GillRepro.Tool.any) run it (JIT)
#   installed   the tool as `dotnet tool install GillRepro.Tool` gives it on this machine, from packages
#               packed into a local folder (on linux-x64 the native package)
#
#   tests/GillRepro.Benchmarks/publish-tool.sh [KIND]
set -euo pipefail
cd "$(dirname "$0")/../.."
kind=${1:-native}
rid=$(dotnet --info | awk '/^ *RID:/ {print $2; exit}')
out=${TMPDIR:-/tmp}/gillrepro-tool-$kind
case "$kind" in
  native)     dotnet publish src/GillRepro.Cli -c Release -r "$rid" -o "$out" > "$out.log" 2>&1 || { tail -n 20 "$out.log" >&2; exit 1; }
              echo "$out/GillRepro.Cli" ;;
  readytorun) dotnet publish src/GillRepro.Cli -c Release -r "$rid" -p:PublishAot=false --self-contained false -o "$out" > "$out.log" 2>&1 || { tail -n 20 "$out.log" >&2; exit 1; }
              echo "dotnet $out/GillRepro.Cli.dll" ;;
  managed)    dotnet build src/GillRepro.Cli -c Release -o "$out" > "$out.log" 2>&1 || { tail -n 20 "$out.log" >&2; exit 1; }
              echo "dotnet $out/GillRepro.Cli.dll" ;;
  installed)  rm -rf "$out" && mkdir -p "$out"
              { dotnet pack src/GillRepro.Cli -c Release -o "$out/feed" && dotnet pack src/GillRepro.Cli -c Release -r "$rid" -o "$out/feed" \
                && NUGET_PACKAGES="$out/packages" dotnet tool install GillRepro.Tool --tool-path "$out/tools" --add-source "$out/feed" \
                   --version "$(sed -n 's:.*<Version>\(.*\)</Version>.*:\1:p' Directory.Build.props)"; } > "$out.log" 2>&1 || { tail -n 20 "$out.log" >&2; exit 1; }
              echo "$out/tools/gillrepro" ;;
  *) echo "usage: publish-tool.sh [native|readytorun|managed|installed]" >&2; exit 2 ;;
esac
