#!/usr/bin/env node
// Opens an aura HTML report in headless Chromium and checks that it renders offline and cleanly.
//
//   node tests/html/check.mjs REPORT.html [SCREENSHOT.png]
//
// Environment:
//   AURA_NODE_MODULES   a node_modules directory to load puppeteer-core from (else normal resolution)
//   CHROMIUM            the browser binary (default /usr/bin/chromium)
//   AURA_COLOR_SCHEME   "light" (default) or "dark": the emulated prefers-color-scheme
//   AURA_TIMEOUT_MS     how long to wait for the page to draw itself (default 60000)
//
// What the report template must provide (templates/report.html.j2):
//   body[data-aura-state="ready"]   set once the script has drawn the page (also after a failure)
//   #headline .stat                 the headline numbers (at least 4 cards)
//   #charts svg.chart               at least one inline SVG chart
//   table.data-table                at least one table; its sortable headers are
//                                   th[aria-sort] > button.sort
//   .render-error                   present only when a section failed to draw
//   #hotspots svg.chart             counted (checks.hotspot_charts) when the data has hotspots
//   meta[http-equiv=Content-Security-Policy] with default-src 'none'
//
// Output: one JSON object on stdout
//   { console_errors, page_errors, requests, failed_requests, checks, timings }
// Exit: 0 all clean, 1 a problem was found, 2 usage or browser launch error.

import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

function usage(message) {
  if (message) console.error(`check.mjs: ${message}`);
  console.error('usage: node tests/html/check.mjs REPORT.html [SCREENSHOT.png]');
  process.exit(2);
}

function loadPuppeteer() {
  const bases = [];
  if (process.env.AURA_NODE_MODULES) bases.push(path.join(path.resolve(process.env.AURA_NODE_MODULES), 'noop.js'));
  bases.push(import.meta.url);
  for (const base of bases) {
    try {
      return createRequire(base)('puppeteer-core');
    } catch {
      // try the next place
    }
  }
  usage('cannot load puppeteer-core; install it (npm install puppeteer-core) and set AURA_NODE_MODULES to its node_modules directory');
}

const [reportArg, screenshot] = process.argv.slice(2);
if (!reportArg || process.argv.length > 4) usage();
const reportPath = path.resolve(reportArg);
if (!existsSync(reportPath)) usage(`no such file: ${reportPath}`);
const reportUrl = pathToFileURL(reportPath).href;
const executablePath = process.env.CHROMIUM || '/usr/bin/chromium';
if (!existsSync(executablePath)) usage(`no browser at ${executablePath}; install it (apt-get install -y chromium) or set CHROMIUM`);
const scheme = process.env.AURA_COLOR_SCHEME === 'dark' ? 'dark' : 'light';
const timeout = Number(process.env.AURA_TIMEOUT_MS) || 60000;

const puppeteer = loadPuppeteer();
let browser;
try {
  browser = await puppeteer.launch({
    executablePath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--no-default-browser-check'],
  });
} catch (err) {
  usage(`cannot launch ${executablePath}: ${err.message}`);
}

const result = { console_errors: [], page_errors: [], requests: [], failed_requests: [], checks: {}, timings: {} };
const sameDocument = (url) => url.split('#')[0] === reportUrl;
const allowed = (url) => sameDocument(url) || url.startsWith('data:') || url.startsWith('about:');

let code = 1;
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
  page.on('console', (msg) => {
    const type = msg.type();
    if (type === 'error' || type === 'warn' || type === 'warning') {
      const loc = msg.location() || {};
      result.console_errors.push({ type, text: msg.text(), url: loc.url || null, line: loc.lineNumber ?? null });
    }
  });
  page.on('pageerror', (err) => result.page_errors.push(String(err && err.stack ? err.stack : err)));
  page.on('requestfailed', (req) => {
    if (!allowed(req.url())) return; // already listed as a network request
    result.failed_requests.push({ url: req.url(), error: req.failure()?.errorText ?? null });
  });
  // Every request that is not the report itself is a network request: record it, never let it out.
  await page.setRequestInterception(true);
  page.on('request', (req) => {
    if (allowed(req.url())) return void req.continue();
    result.requests.push({ url: req.url(), type: req.resourceType() });
    req.abort('blockedbyclient');
  });

  const t0 = Date.now();
  await page.goto(reportUrl, { waitUntil: 'load', timeout });
  result.timings.load_ms = Date.now() - t0;
  let ready = true;
  try {
    await page.waitForSelector('body[data-aura-state="ready"]', { timeout });
  } catch {
    ready = false;
  }
  result.timings.ready_ms = Date.now() - t0;
  // Settle: let any late request, timer or error surface before judging.
  await page.waitForNetworkIdle({ idleTime: 300, timeout: 5000 }).catch(() => {});
  await new Promise((r) => setTimeout(r, 200));

  const dom = await page.evaluate(() => {
    const csp = document.querySelector('meta[http-equiv="Content-Security-Policy" i]');
    const external = [...document.querySelectorAll('[src], link[href], image[href], use[href]')]
      .map((el) => el.getAttribute('src') || el.getAttribute('href') || '')
      .filter((u) => /^(https?:)?\/\//i.test(u));
    return {
      render_ms: typeof window.auraRenderMs === 'number' ? Math.round(window.auraRenderMs) : null,
      title: document.title.trim().length > 0,
      csp: !!csp && /default-src 'none'/.test(csp.getAttribute('content') || ''),
      headline: document.querySelectorAll('#headline .stat').length >= 4,
      svg_chart: document.querySelectorAll('#charts svg.chart').length >= 1,
      table: document.querySelectorAll('table.data-table').length >= 1,
      no_render_errors: document.querySelectorAll('.render-error').length === 0,
      no_external_refs: external.length === 0,
      // a count, not a pass/fail check: only `aura hotspots --format html` draws this section
      hotspot_charts: document.querySelectorAll('#hotspots svg.chart').length,
      // counts, not pass/fail checks: inline code in the findings' messages and suggestions,
      // and cells that still show a raw backtick pair
      inline_code: document.querySelectorAll('#findings-table td.msg code, #findings-table td.hint code').length,
      raw_backticks: [...document.querySelectorAll('#findings-table td.msg, #findings-table td.hint')]
        .filter((td) => /`[^`]+`/.test(td.textContent)).length,
    };
  });
  result.timings.render_ms = dom.render_ms;
  delete dom.render_ms;
  result.checks = { ready, ...dom };

  // The screenshot shows the page as drawn, before the sorting check changes it.
  if (screenshot) {
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: path.resolve(screenshot), fullPage: true });
  }

  // Sorting works: the first sortable header of the first table flips aria-sort when clicked.
  result.checks.sort_toggles = await page.evaluate(async () => {
    const th = document.querySelector('table.data-table th[aria-sort]');
    if (!th) return null; // nothing sortable in an empty report
    const before = th.getAttribute('aria-sort');
    th.querySelector('button.sort').click();
    const first = th.getAttribute('aria-sort');
    th.querySelector('button.sort').click();
    const second = th.getAttribute('aria-sort');
    return first !== before && first !== 'none' && second !== first && second !== 'none';
  });

  const checksPass = Object.values(result.checks).every((v) => v !== false);
  const clean = !result.console_errors.length && !result.page_errors.length &&
    !result.requests.length && !result.failed_requests.length;
  code = checksPass && clean ? 0 : 1;
} catch (err) {
  result.page_errors.push(`checker: ${err && err.message ? err.message : err}`);
  code = 1;
} finally {
  await browser.close().catch(() => {});
}
process.stdout.write(JSON.stringify(result, null, 2) + '\n');
process.exit(code);
