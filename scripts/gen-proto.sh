#!/usr/bin/env bash
# Generates proto/generated/ebm.{js,d.ts} from proto/ebm.proto with protobufjs-cli (static code).
# `npm run proto` runs it; test/proto/generated.test.ts fails when the output is stale.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-proto/generated}
mkdir -p "$out"
node_modules/.bin/pbjs -t static-module -w es6 --force-number --no-verify --no-delimited --no-convert -o "$out/ebm.js" proto/ebm.proto
# protobufjs has no "exports" map: Node's ESM loader needs the file extension.
sed -i 's#from "protobufjs/minimal"#from "protobufjs/minimal.js"#' "$out/ebm.js"
node_modules/.bin/pbts --no-comments -o "$out/ebm.d.ts" "$out/ebm.js"
