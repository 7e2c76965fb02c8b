// Trunk post-build hook: minifies the wasm-bindgen glue with terser and rewrites its
// subresource-integrity hash in index.html. Trunk's own minifier gives up on this glue
// ("Failed to minify JS: RequiredTokenNotFound(Identifier)") and ships it as written.
// The loader (Trunk.toml's pattern_script) goes into index.html after Trunk's minifier has
// run, so it is minified here too.
// Runs on $TRUNK_STAGING_DIR, or on the folder given as argument.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { minify } from 'terser';

// Property names stay: they are the import names the wasm module links against.
const OPTIONS = { module: true, compress: { passes: 2 }, mangle: true };

const dist = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
if (!dist) throw new Error('minify_js: no folder given and no TRUNK_STAGING_DIR');
const indexPath = join(dist, 'index.html');
let index = readFileSync(indexPath, 'utf8');

for (const name of readdirSync(dist).filter((file) => file.endsWith('.js') && file !== 'sw.js')) {
  const path = join(dist, name);
  const before = readFileSync(path, 'utf8');
  const { code } = await minify(before, OPTIONS);
  writeFileSync(path, code);
  const integrity = `sha384-${createHash('sha384').update(code).digest('base64')}`;
  const link = new RegExp(`(href=["']?\\./${name.replace(/[.]/g, '\\.')}["']? integrity=["']?)sha384-[A-Za-z0-9+/=]+`);
  if (!link.test(index)) throw new Error(`minify_js: index.html has no integrity for ${name}`);
  index = index.replace(link, `$1${integrity}`);
  console.log(`minify_js: ${name} ${before.length} -> ${code.length} bytes`);
}
const LOADER = /(<script type=["']?module["']?>)([^<]*)(<\/script>)/;
const loader = index.match(LOADER);
if (!loader) throw new Error('minify_js: index.html has no loader script');
const { code: loaderCode } = await minify(loader[2], OPTIONS);
index = index.replace(LOADER, (_, open, __, close) => `${open}${loaderCode}${close}`);
console.log(`minify_js: loader ${loader[2].length} -> ${loaderCode.length} bytes`);
writeFileSync(indexPath, index);
