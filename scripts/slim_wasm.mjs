// Trunk post-build hook, before minify_js.mjs: the wasm module and its glue, made smaller
// together. Runs on $TRUNK_STAGING_DIR, or on the folder given.
// - Short import names. wasm-bindgen names each function the module imports from the glue after
//   the JS it calls plus 16 hex digits of hash (`__wbg_new_4f75c2b453083268`): about 180 names,
//   9 KB of wasm and as much again of glue, and random digits are what brotli cannot shrink.
//   A name is renamed (`a`, `b`, …) only where the glue holds it once, as an object key.
// - Short export names, for the exports wasm-bindgen named, where the glue only reads them as
//   properties (`wasm.name`).
// - Exports the glue never uses go from the module, and wasm-opt -Oz then removes the code
//   that only they reached.
// - No custom sections (producers, target features): they are for tools, not browsers.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import {
  imports,
  name,
  readU32,
  section as encodeSection,
  SECTION,
  sections,
  stagedModule,
  u32,
  WASM_OPT_FEATURES,
} from './wasm_binary.mjs';

const wasmPath = stagedModule('slim_wasm');
const gluePath = wasmPath.replace(/_bg\.wasm$/, '.js');

const wasm = readFileSync(wasmPath);
let glue = readFileSync(gluePath, 'utf8');

// a … z, A … Z, then two letters: short, distinct, and valid object keys.
const LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const shortName = (index) =>
  index < LETTERS.length
    ? LETTERS[index]
    : shortName(Math.floor(index / LETTERS.length) - 1) + LETTERS[index % LETTERS.length];

const escaped = (field) => field.replace(/\$/g, '\\$');
/** The field as an object key: `{name:` or `, name :`, with any white space. */
const asKey = (field) => new RegExp(`(?<=[{,]\\s*)${escaped(field)}(?=\\s*:)`);

/** Whether the glue's one use of an import name is as an object key. */
function soleKey(field) {
  const uses = glue.match(new RegExp(`(?<![\\w$])${escaped(field)}(?![\\w$])`, 'g')) ?? [];
  return uses.length === 1 && asKey(field).test(glue);
}

function renameImports(section) {
  const parts = [];
  let renamed = 0;
  for (const { moduleName, field, description } of imports(section)) {
    let newField = field;
    if (soleKey(field)) {
      newField = shortName(renamed);
      renamed += 1;
      glue = glue.replace(asKey(field), newField);
    }
    parts.push(Buffer.concat([moduleName, name(newField), description]));
  }
  console.log(`slim_wasm: ${renamed} of ${parts.length} imports renamed`);
  return Buffer.concat([u32(parts.length), ...parts]);
}

/** How the glue uses an export: not at all, only as a property (`wasm.name`), or otherwise.
 * wasm-bindgen gives the glue's wrapper of a closure export (`function name(a, b) {
 * wasm.name(a, b) }`) the export's own name; such a declaration, or a call of it, is the
 * glue's own identifier, not a read of the export, so it does not stop the renaming. */
function exportUse(field) {
  const uses = glue.match(new RegExp(`.(?<![\\w$])${escaped(field)}(?![\\w$])\\s*.`, 'g')) ?? [];
  if (uses.length === 0) return 'unused';
  const ownIdentifier = (use) => /^[\s(,]/.test(use) && /[(,)]$/.test(use);
  return uses.every((use) => use.startsWith('.') || ownIdentifier(use)) ? 'property' : 'other';
}

// The export section: a count, then per export its name, a kind byte and an index. `memory`
// stays as it is (make bench reads it); other exports the glue does not use are left out;
// names wasm-bindgen made up (with an underscore) are shortened.
function renameExports(section) {
  let [count, at] = readU32(section, 0);
  const parts = [];
  let kept = 0;
  let renamed = 0;
  for (let i = 0; i < count; i += 1) {
    let length;
    [length, at] = readU32(section, at);
    const field = section.subarray(at, at + length).toString();
    at += length;
    const descriptionStart = at;
    at += 1;
    [, at] = readU32(section, at);
    const use = field === 'memory' ? 'kept' : exportUse(field);
    if (use === 'unused') continue;
    let newField = field;
    if (use === 'property' && field.includes('_')) {
      newField = shortName(renamed);
      renamed += 1;
      glue = glue.replace(new RegExp(`(?<=\\.)${escaped(field)}(?![\\w$])`, 'g'), newField);
    }
    parts.push(name(newField), section.subarray(descriptionStart, at));
    kept += 1;
  }
  console.log(`slim_wasm: ${kept} of ${count} exports kept, ${renamed} renamed`);
  return Buffer.concat([u32(kept), ...parts]);
}

const slimmed = [wasm.subarray(0, 8)];
for (const { id, body, bytes } of sections(wasm)) {
  if (id === SECTION.imports) slimmed.push(encodeSection(id, renameImports(body)));
  else if (id === SECTION.exports) slimmed.push(encodeSection(id, renameExports(body)));
  else if (id !== SECTION.custom) slimmed.push(bytes);
}
writeFileSync(wasmPath, Buffer.concat(slimmed));
writeFileSync(gluePath, glue);
// Only what the exports and the start function reach stays, and -Oz once more on what is left
// (841 bytes of brotli smaller than removing unused elements alone; a third pass gains
// nothing).
execFileSync('node_modules/.bin/wasm-opt', [...WASM_OPT_FEATURES, '-Oz', wasmPath, '-o', wasmPath]);
