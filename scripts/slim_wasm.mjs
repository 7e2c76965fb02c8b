// Trunk post-build hook, before minify_js.mjs: gives each function the wasm module imports from
// its glue a short name, in the module's import section and in the glue alike, and the same to
// the exports wasm-bindgen named; drops the custom sections (producers, target features), which
// are for tools, not browsers. wasm-bindgen
// names them after the JS they call plus 16 hex digits of hash (`__wbg_new_4f75c2b453083268`):
// about 180 names that are 9 KB of wasm and as much again of glue, and random digits are
// what brotli cannot shrink. Renames only names that the glue holds once, as an object key;
// anything else is left as it is. Runs on $TRUNK_STAGING_DIR, or on the folder given.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dist = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
if (!dist) throw new Error('slim_wasm: no folder given and no TRUNK_STAGING_DIR');
const wasmName = readdirSync(dist).find((file) => file.endsWith('_bg.wasm'));
if (!wasmName) throw new Error(`slim_wasm: no wasm module in ${dist}`);
const wasmPath = join(dist, wasmName);
const gluePath = join(dist, wasmName.replace(/_bg\.wasm$/, '.js'));

const wasm = readFileSync(wasmPath);
let glue = readFileSync(gluePath, 'utf8');

function readU32(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (byte < 0x80) return [value, at];
  }
}

function u32(value) {
  const out = [];
  do {
    let byte = value & 0x7f;
    value = Math.floor(value / 128);
    if (value > 0) byte |= 0x80;
    out.push(byte);
  } while (value > 0);
  return Buffer.from(out);
}

const name = (text) => Buffer.concat([u32(Buffer.byteLength(text)), Buffer.from(text)]);

// a … z, A … Z, then two letters: short, distinct, and valid object keys.
const LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const shortName = (index) =>
  index < LETTERS.length ? LETTERS[index] : shortName(Math.floor(index / LETTERS.length) - 1) + LETTERS[index % LETTERS.length];

const escaped = (field) => field.replace(/\$/g, '\\$');
/** The field as an object key: `{name:` or `, name :`, with any white space. */
const asKey = (field) => new RegExp(`(?<=[{,]\\s*)${escaped(field)}(?=\\s*:)`);

/** Whether the glue's one use of an import name is as an object key. */
function soleKey(field) {
  const uses = glue.match(new RegExp(`(?<![\\w$])${escaped(field)}(?![\\w$])`, 'g')) ?? [];
  return uses.length === 1 && asKey(field).test(glue);
}

// The import section: a count, then per import its module, its field and what it is: kind 0
// and a type index for a function, the only kind wasm-bindgen's glue gives a module.
function renameImports(section) {
  let [count, at] = readU32(section, 0);
  const parts = [u32(count)];
  let renamed = 0;
  for (let i = 0; i < count; i += 1) {
    const moduleStart = at;
    let length;
    [length, at] = readU32(section, at);
    at += length;
    const moduleBytes = section.subarray(moduleStart, at);
    [length, at] = readU32(section, at);
    const field = section.subarray(at, at + length).toString();
    at += length;
    const descriptionStart = at;
    const kind = section[at++];
    if (kind === 0) [, at] = readU32(section, at);
    else throw new Error(`slim_wasm: import ${field} is not a function (kind ${kind})`);
    let newField = field;
    if (soleKey(field)) {
      newField = shortName(renamed);
      renamed += 1;
      glue = glue.replace(asKey(field), newField);
    }
    parts.push(moduleBytes, name(newField), section.subarray(descriptionStart, at));
  }
  console.log(`slim_wasm: ${renamed} of ${count} imports renamed`);
  return Buffer.concat(parts);
}

/** Whether every use of an export in the glue is a property access (`wasm.name`). */
function onlyAccessed(field) {
  const uses = glue.match(new RegExp(`.(?<![\\w$])${escaped(field)}(?![\\w$])`, 'g')) ?? [];
  return uses.every((use) => use.startsWith('.'));
}

// The export section: a count, then per export its name, a kind byte and an index. Only the
// names wasm-bindgen made up (with an underscore, closure shims with a hash) change: `memory`
// and `main` are names others may look for.
function renameExports(section) {
  let [count, at] = readU32(section, 0);
  const parts = [u32(count)];
  let renamed = 0;
  for (let i = 0; i < count; i += 1) {
    let length;
    [length, at] = readU32(section, at);
    const field = section.subarray(at, at + length).toString();
    at += length;
    const descriptionStart = at;
    at += 1;
    [, at] = readU32(section, at);
    let newField = field;
    if (field.includes('_') && onlyAccessed(field)) {
      newField = shortName(renamed);
      renamed += 1;
      glue = glue.replace(new RegExp(`(?<=\\.)${escaped(field)}(?![\\w$])`, 'g'), newField);
    }
    parts.push(name(newField), section.subarray(descriptionStart, at));
  }
  console.log(`slim_wasm: ${renamed} of ${count} exports renamed`);
  return Buffer.concat(parts);
}

const CUSTOM_SECTION = 0;
const sections = [wasm.subarray(0, 8)];
let at = 8;
while (at < wasm.length) {
  const id = wasm[at];
  const [size, bodyStart] = readU32(wasm, at + 1);
  const body = wasm.subarray(bodyStart, bodyStart + size);
  if (id === 2 || id === 7) {
    const renamed = id === 2 ? renameImports(body) : renameExports(body);
    sections.push(Buffer.from([id]), u32(renamed.length), renamed);
  } else if (id !== CUSTOM_SECTION) {
    sections.push(wasm.subarray(at, bodyStart + size));
  }
  at = bodyStart + size;
}
writeFileSync(wasmPath, Buffer.concat(sections));
writeFileSync(gluePath, glue);
