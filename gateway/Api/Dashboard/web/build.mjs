// Bundles the dashboard into dist/: dist/index.html plus content-hashed files under dist/assets/.
//   node build.mjs           one production build (minified, no source maps)
//   node build.mjs --watch   rebuild on every change, with source maps, until stopped
import { context } from 'esbuild';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const dist = path.join(here, 'dist');
const assets = path.join(dist, 'assets');
const watch = process.argv.includes('--watch');

// index.html names the hashed bundle files: %APP_JS% and %APP_CSS% are replaced after each build.
const writeIndex = {
  name: 'write-index',
  setup(build) {
    build.onStart(() => rm(assets, { recursive: true, force: true }));
    build.onEnd(async (result) => {
      if (result.errors.length > 0) {
        return;
      }
      const outputs = Object.keys(result.metafile.outputs).map((file) => path.basename(file));
      const pick = (extension) => {
        const name = outputs.find((file) => file.startsWith('app-') && file.endsWith(extension));
        if (!name) {
          throw new Error(`esbuild wrote no app-*${extension}`);
        }
        return `/dashboard/assets/${name}`;
      };
      const template = await readFile(path.join(here, 'src', 'index.html'), 'utf8');
      const html = template.replaceAll('%APP_JS%', pick('.js')).replaceAll('%APP_CSS%', pick('.css'));
      await writeFile(path.join(dist, 'index.html'), html);
      console.log(`dashboard: wrote ${outputs.length + 1} files to ${path.relative(process.cwd(), dist) || '.'}`);
    });
  },
};

await mkdir(dist, { recursive: true });
const ctx = await context({
  entryPoints: { app: path.join(here, 'src', 'main.js') },
  bundle: true,
  format: 'esm',
  target: ['es2020'],
  outdir: assets,
  entryNames: '[name]-[hash]',
  assetNames: '[name]-[hash]',
  minify: !watch,
  sourcemap: watch ? 'linked' : false,
  metafile: true,
  legalComments: 'linked',
  logLevel: 'warning',
  plugins: [writeIndex],
});

if (watch) {
  await ctx.watch();
  console.log('dashboard: watching src/ (Ctrl+C to stop)');
} else {
  try {
    const result = await ctx.rebuild();
    if (result.errors.length > 0) {
      process.exitCode = 1;
    }
  } catch {
    process.exitCode = 1;
  } finally {
    await ctx.dispose();
  }
}
