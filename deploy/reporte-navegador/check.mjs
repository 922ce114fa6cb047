// Renders one served report page in Debian's Chromium, and fails (exit 1) on a console error, a page
// error, a failed request or any axe-core violation of the WCAG 2.0/2.1 A and AA rules. Writes the
// screenshot and a JSON summary (what the calling test reads and asserts on).
//   node check.mjs URL SCREENSHOT.png SUMMARY.json   (env REPORTE_TOKEN: the bearer token, if any)
import { chromium } from 'playwright-core';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';

const [url, captura, resumen] = process.argv.slice(2);
if (!url || !captura || !resumen) {
  console.error('uso: node check.mjs URL CAPTURA.png RESUMEN.json');
  process.exit(2);
}
const axeFuente = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const perfil = mkdtempSync(join(tmpdir(), 'reporte-chromium-'));
// The flags the machine's notes name: without the background-networking ones Chromium keeps
// trying hosts this closed network refuses.
const navegador = await chromium.launchPersistentContext(perfil, {
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
  extraHTTPHeaders: process.env.REPORTE_TOKEN ? { Authorization: `Bearer ${process.env.REPORTE_TOKEN}` } : {},
  viewport: { width: 1280, height: 900 },
});
const errores = [];
let codigo = 1;
try {
  const pagina = navegador.pages()[0] ?? await navegador.newPage();
  pagina.on('console', m => { if (m.type() === 'error') errores.push(`consola: ${m.text()}`); });
  pagina.on('pageerror', e => errores.push(`página: ${e.message}`));
  pagina.on('requestfailed', r => errores.push(`petición fallida: ${r.url()} ${r.failure()?.errorText ?? ''}`));
  const respuesta = await pagina.goto(url, { waitUntil: 'load' });
  const estado = respuesta ? respuesta.status() : 0;
  await pagina.screenshot({ path: captura, fullPage: true });
  await pagina.addScriptTag({ content: axeFuente });
  const axe = await pagina.evaluate(() => globalThis.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
  }));
  const violaciones = axe.violations.map(v => ({
    id: v.id, impact: v.impact, help: v.help, nodos: v.nodes.map(n => n.target.join(' ')).slice(0, 5),
  }));
  const titulo = await pagina.title();
  const encabezados = await pagina.$$eval('h1, h2, h3', hs => hs.map(h => h.textContent.trim()));
  const graficas = await pagina.$$eval('svg[role="img"]', s => s.length);
  writeFileSync(resumen, JSON.stringify({
    url, estado, titulo, encabezados, graficas, errores, violaciones,
    reglasAprobadas: axe.passes.length, axe: axe.testEngine.version,
  }, null, 2));
  console.log(`[reporte-navegador] ${url}: HTTP ${estado}, ${errores.length} errores de consola, `
    + `${violaciones.length} violaciones WCAG 2.1 AA (axe ${axe.testEngine.version}, ${axe.passes.length} reglas aprobadas), `
    + `captura ${captura}`);
  for (const v of violaciones) console.log(`[reporte-navegador]   ${v.impact} ${v.id}: ${v.help} ${v.nodos.join(', ')}`);
  for (const e of errores) console.log(`[reporte-navegador]   ${e}`);
  codigo = estado === 200 && errores.length === 0 && violaciones.length === 0 ? 0 : 1;
} finally {
  await navegador.close();
  rmSync(perfil, { recursive: true, force: true });
}
process.exit(codigo);
