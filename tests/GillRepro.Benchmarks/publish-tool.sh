#!/usr/bin/env bash
# Publishes the gillrepro tool for this machine and prints the command that runs it, for the benchmark
# scripts. KIND is how it is compiled:
#   native      (default) a native executable (dotnet publish -p:PublishAot=true; needs clang and zlib1g-dev)
#   readytorun  precompiled, run by the .NET runtime (dotnet publish -r RID, ReadyToRun by the project's default)
#   managed     the plain build, as `dotnet run` and the .NET tool package run it (JIT)
#
#   tests/GillRepro.Benchmarks/publish-tool.sh [KIND]
set -euo pipefail
cd "$(dirname "$0")/../.."
kind=${1:-native}
rid=$(dotnet --info | awk '/^ *RID:/ {print $2; exit}')
out=${TMPDIR:-/tmp}/gillrepro-tool-$kind
case "$kind" in
  native)     dotnet publish src/GillRepro.Cli -c Release -r "$rid" -p:PublishAot=true -o "$out" > "$out.log" 2>&1 || { tail -n 20 "$out.log" >&2; exit 1; }
              echo "$out/GillRepro.Cli" ;;
  readytorun) dotnet publish src/GillRepro.Cli -c Release -r "$rid" --self-contained false -o "$out" > "$out.log" 2>&1 || { tail -n 20 "$out.log" >&2; exit 1; }
              echo "dotnet $out/GillRepro.Cli.dll" ;;
  managed)    dotnet build src/GillRepro.Cli -c Release -o "$out" > "$out.log" 2>&1 || { tail -n 20 "$out.log" >&2; exit 1; }
              echo "dotnet $out/GillRepro.Cli.dll" ;;
  *) echo "usage: publish-tool.sh [native|readytorun|managed]" >&2; exit 2 ;;
esac
