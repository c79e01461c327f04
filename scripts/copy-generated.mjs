// tsc does not copy plain .js files: put the generated protobuf code beside the compiled proto/.
import { mkdirSync, copyFileSync } from 'node:fs';
mkdirSync('dist/proto/generated', { recursive: true });
copyFileSync('proto/generated/ebm.js', 'dist/proto/generated/ebm.js');
