// Reading and writing the parts of the WebAssembly binary format the build scripts touch:
// LEB128 numbers, names and the section list; and finding the module Trunk built.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** The wasm module of a post-build hook's folder: the argument, or $TRUNK_STAGING_DIR. */
export function stagedModule(script) {
  const dist = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
  if (!dist) throw new Error(`${script}: no folder given and no TRUNK_STAGING_DIR`);
  const wasmName = readdirSync(dist).find((file) => file.endsWith('_bg.wasm'));
  if (!wasmName) throw new Error(`${script}: no wasm module in ${dist}`);
  return join(dist, wasmName);
}

/** The unsigned LEB128 number at `at`, and where the next field starts. */
export function readU32(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (byte < 0x80) return [value, at];
  }
}

export function u32(value) {
  const out = [];
  do {
    let byte = value & 0x7f;
    value = Math.floor(value / 128);
    if (value > 0) byte |= 0x80;
    out.push(byte);
  } while (value > 0);
  return Buffer.from(out);
}

export const name = (text) => Buffer.concat([u32(Buffer.byteLength(text)), Buffer.from(text)]);

/** A section as the module holds it: id byte, size, body. */
export const section = (id, body) => Buffer.concat([Buffer.from([id]), u32(body.length), body]);

/** The ids of the sections the build scripts read or write. */
export const SECTION = { custom: 0, imports: 2, functions: 3, exports: 7, code: 10 };

/** Each section after the 8-byte header: its id, its body and its whole bytes. */
export function* sections(wasm) {
  let at = 8;
  while (at < wasm.length) {
    const id = wasm[at];
    const [size, bodyStart] = readU32(wasm, at + 1);
    yield { id, body: wasm.subarray(bodyStart, bodyStart + size), bytes: wasm.subarray(at, bodyStart + size) };
    at = bodyStart + size;
  }
}

/**
 * The import section's entries: per import its module name (bytes, as the module holds it), its
 * field, and its description (kind 0 and a type index: a function, the only kind wasm-bindgen's
 * glue gives a module).
 */
export function* imports(body) {
  let [count, at] = readU32(body, 0);
  for (let i = 0; i < count; i += 1) {
    const moduleStart = at;
    let length;
    [length, at] = readU32(body, at);
    at += length;
    const moduleName = body.subarray(moduleStart, at);
    [length, at] = readU32(body, at);
    const field = body.subarray(at, at + length).toString();
    at += length;
    const descriptionStart = at;
    const kind = body[at++];
    if (kind !== 0) throw new Error(`import ${field} is not a function (kind ${kind})`);
    [, at] = readU32(body, at);
    yield { moduleName, field, description: body.subarray(descriptionStart, at) };
  }
}

// What the wasm-opt from node_modules (make tools installs it) may use: the features Rust's
// wasm32 target uses and no more. With all of them, it writes the imports in an encoding
// browsers do not read yet.
const FEATURES = ['bulk-memory', 'multivalue', 'mutable-globals', 'nontrapping-float-to-int', 'reference-types', 'sign-ext'];
export const WASM_OPT_FEATURES = FEATURES.map((feature) => `--enable-${feature}`);
