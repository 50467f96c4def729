// The playground in a real browser: Debian's chromium driven by
// playwright-core (TOOLCHAIN.md) against the site trunk built, served by
// `kiln serve` (browser and native paths) and by a plain static server
// (browser paths only). node is the oracle for every output compared.
// Any page error or console error fails the test that caused it.
//
//   node tests/browser/playground.test.mjs [--kiln target/debug/kiln] [--site target/playground]
//
// Saves a screenshot of the compare view as target/playground-compare.png.

import { test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startStaticServer } from './static-server.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const arg = (name, fallback) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : fallback;
};
const kilnBin = resolve(root, arg('--kiln', process.env.KILN_BIN || 'target/debug/kiln'));
const site = resolve(root, arg('--site', 'target/playground'));
const examplesDir = join(root, 'www/examples');
const corpus = join(root, 'tests/conformance');

/** node's stdout and exit code for a program file: the oracle. */
function node(file) {
  try {
    return { stdout: execFileSync('node', [file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }), exitCode: 0 };
  } catch (error) {
    return { stdout: error.stdout, exitCode: error.status };
  }
}

let server;
let serverUrl;
let staticServer;
let browser;
let problems = [];

before(async () => {
  assert.ok(existsSync(join(site, 'index.html')), `no site at ${site}: run (cd www && trunk build --release)`);
  assert.ok(existsSync(kilnBin), `no kiln binary at ${kilnBin}`);
  server = spawn(kilnBin, ['serve', '--port', '0', '--site', site, '--timeout', '30'], { stdio: ['ignore', 'pipe', 'inherit'] });
  serverUrl = await new Promise((resolveUrl, reject) => {
    let seen = '';
    server.stdout.on('data', (chunk) => {
      seen += chunk;
      const match = /http:\/\/127\.0\.0\.1:\d+\//.exec(seen);
      if (match) resolveUrl(match[0]);
    });
    server.on('exit', (code) => reject(new Error(`kiln serve exited (${code}): ${seen}`)));
  });
  staticServer = await startStaticServer(site);
  // playwright gives the browser a fresh profile of its own.
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
});

after(async () => {
  await browser?.close();
  server?.kill();
  await staticServer?.close();
});

afterEach(() => {
  const seen = problems;
  problems = [];
  assert.deepEqual(seen, [], 'page errors or console errors');
});

/** A fresh page at `url`, ready to run; its errors are collected. */
async function open(url) {
  const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  await page.goto(url);
  await page.evaluate(() => window.kilnPlayground.ready);
  return page;
}

/** Runs `source` through the page's worker (or kiln serve) on `path`. */
function runInPage(page, path, source) {
  return page.evaluate(([p, s]) => window.kilnPlayground.run(p, s), [path, source]);
}

async function statusText(page) {
  return page.locator('#status').textContent();
}

test('an example runs and prints what node prints', async () => {
  const page = await open(`${serverUrl}#example=classes`);
  await page.waitForFunction(() => document.querySelector('textarea').value.includes('class Animal'));
  await page.click('#run');
  await page.waitForFunction(() => /^exit code/.test(document.getElementById('status').textContent));
  assert.equal(await page.locator('#output').textContent(), node(join(examplesDir, 'classes.js')).stdout);
  assert.match(await statusText(page), /^exit code 0 · compile [\d.]+ ms · instantiate [\d.]+ ms · total/);
  await page.close();
});

test('every example prints what node prints, on every path', async () => {
  const page = await open(serverUrl);
  const paths = (await page.evaluate(() => window.kilnPlayground.paths())).map((p) => p.id);
  assert.deepEqual(paths, ['wasm', 'interp', 'server:interp', 'server:wasm', 'server:baseline', 'server:jit']);
  for (const file of readdirSync(examplesDir).filter((f) => f.endsWith('.js') && f !== 'runaway.js')) {
    const source = readFileSync(join(examplesDir, file), 'utf8');
    const expected = node(join(examplesDir, file));
    for (const path of paths) {
      const result = await runInPage(page, path, source);
      assert.equal(result.stdout, expected.stdout, `${file} on ${path}: ${result.stderr || result.crash || ''}`);
      assert.equal(result.exitCode, expected.exitCode, `${file} on ${path}`);
    }
  }
  await page.close();
});

test('a sample of the conformance corpus prints what node printed, through the page\'s worker', async () => {
  const known = (engine) => readFileSync(join(corpus, `known-failures-${engine}.txt`), 'utf8')
    .split('\n').map((l) => l.replace(/#.*/, '').trim().replace(/\.js$/, '')).filter(Boolean);
  // jit/recursion_limits recurses 2,000 levels deep, past the browser AOT
  // path's limit of 1,200 calls (playground/src/lib.rs: Chromium's worker
  // stack holds little more), so there it throws where node does not.
  const browserStackLimit = ['jit/recursion_limits'];
  const skip = new Set([...known('wasm'), ...known('interp'), ...browserStackLimit]);
  const programs = readdirSync(corpus, { recursive: true })
    .filter((f) => f.endsWith('.js') && !skip.has(f.replace(/\.js$/, '')))
    .sort();
  // Every 6th program: about fifty, from every area of the corpus.
  // Plus the deep-recursion programs: they catch wasm frames that grow
  // past what the browser's stack holds at kiln's depth limit.
  const deep = ['exceptions/stack_overflow.js', 'uncaught/stack_overflow_uncaught.js'];
  const sample = programs.filter((f, i) => i % 6 === 0 || deep.includes(f));
  assert.ok(sample.length >= 40, `sample of ${sample.length}`);
  const page = await open(serverUrl);
  const failures = [];
  for (const file of sample) {
    const base = join(corpus, file.replace(/\.js$/, ''));
    const expectedOut = readFileSync(`${base}.out`, 'utf8');
    const expectedExit = existsSync(`${base}.exit`) ? Number(readFileSync(`${base}.exit`, 'utf8').trim()) : 0;
    const source = readFileSync(join(corpus, file), 'utf8');
    for (const path of ['wasm', 'interp']) {
      const result = await runInPage(page, path, source);
      if (result.stdout !== expectedOut || result.exitCode !== expectedExit) {
        failures.push(`${file} on ${path}: exit ${result.exitCode} (node ${expectedExit}) ${result.crash || result.stderr.slice(0, 300)}`);
      }
    }
  }
  assert.deepEqual(failures, [], `${failures.length} of ${sample.length * 2} runs differ from node`);
  await page.close();
});

test('a compile error is shown with line:col and marked in the editor', async () => {
  const page = await open(serverUrl);
  await page.fill('textarea', 'let a = 1;\nlet b = (a;\nconsole.log(b);\n');
  await page.click('#run');
  await page.waitForFunction(() => /SyntaxError/.test(document.getElementById('status').textContent));
  assert.match(await statusText(page), /line 2:11\)$/);
  assert.match(await page.locator('#output').textContent(), /^main\.js:2:11\n/);
  assert.equal(await page.locator('.gutter .error').textContent(), '2');
  assert.equal(await page.locator('.marks mark').count(), 1);
  // The same on a server path (Run sets the status at once, so the wait
  // below sees this run's error, not the last one's).
  await page.selectOption('#path', 'server:interp');
  await page.click('#run');
  await page.waitForFunction(() => /SyntaxError/.test(document.getElementById('status').textContent));
  assert.equal(await page.locator('.marks mark').count(), 1);
  // Editing clears the mark.
  await page.locator('textarea').press('End');
  await page.keyboard.type(' ');
  assert.equal(await page.locator('.marks mark').count(), 0);
  await page.close();
});

test('the program is kept in the URL, so a link shares it', async () => {
  const page = await open(serverUrl);
  const program = "console.log('shared ' + 6 * 7)\n";
  await page.fill('textarea', program);
  await page.waitForFunction(() => location.hash.startsWith('#code='));
  const link = page.url();
  await page.close();
  const other = await open(link);
  assert.equal(await other.locator('textarea').inputValue(), program);
  await other.click('#run');
  await other.waitForFunction(() => /^exit code/.test(document.getElementById('status').textContent));
  assert.equal(await other.locator('#output').textContent(), 'shared 42\n');
  await other.close();
});

test('Stop ends an infinite loop within a second on every path, and the page goes on', async () => {
  const page = await open(`${serverUrl}#example=runaway`);
  await page.waitForFunction(() => document.querySelector('textarea').value.includes('while (true)'));
  const paths = (await page.evaluate(() => window.kilnPlayground.paths())).map((p) => p.id);
  for (const path of paths) {
    await page.selectOption('#path', path);
    await page.click('#run');
    await page.waitForTimeout(700);
    assert.match(await statusText(page), /^running/, path);
    // The page's own thread stays free while the loop runs.
    const asked = Date.now();
    await page.evaluate(() => document.title);
    assert.ok(Date.now() - asked < 300, `${path}: the page answered after ${Date.now() - asked} ms`);
    const started = Date.now();
    await page.click('#stop');
    await page.waitForFunction(() => document.getElementById('status').textContent === 'stopped', null, { timeout: 1000 });
    const elapsed = Date.now() - started;
    assert.ok(elapsed < 1000, `${path}: stopped after ${elapsed} ms`);
    // The next run need not wait for the loop (kiln serve killed its child).
    const next = Date.now();
    const again = await runInPage(page, path, "console.log('alive')");
    assert.equal(again.stdout, 'alive\n', path);
    assert.ok(Date.now() - next < 3000, `${path}: the next run took ${Date.now() - next} ms`);
  }
  await page.close();
});

test('the compare view charts startup and warm-up for every path', async () => {
  const page = await open(`${serverUrl}#example=closures`);
  await page.waitForFunction(() => document.querySelector('textarea').value.includes('makeCounter'));
  await page.click('#tab-compare');
  await page.fill('#iterations', '8');
  await page.fill('#budget', '5');
  await page.click('#compare');
  await page.waitForFunction(() => /^comparison (done|stopped)/.test(document.getElementById('status').textContent), null, { timeout: 90000 });
  assert.equal(await statusText(page), 'comparison done');
  const results = await page.evaluate(() => window.kilnPlayground.compareResults());
  assert.deepEqual(results.map((r) => r.id), ['wasm', 'interp', 'server:interp', 'server:wasm', 'server:baseline', 'server:jit']);
  for (const result of results) {
    assert.equal(result.error, null, result.id);
    assert.equal(result.exitCode, 0, result.id);
    assert.ok(result.timings.total > 0, result.id);
    assert.equal(result.ticks.length, 8, `${result.id}: ${result.ticks}`);
    assert.ok(result.ticks.every((ms) => ms >= 0), result.id);
    const drawn = await page.locator(`#chart path[data-path="${result.id}"]`).getAttribute('data-points');
    assert.equal(drawn, '8', result.id);
  }
  for (const id of ['wasm', 'interp']) {
    const { compile, instantiate, firstOutput } = results.find((r) => r.id === id).timings;
    assert.ok(compile > 0 && instantiate > 0 && firstOutput > 0, `${id} startup timings`);
  }
  assert.equal(await page.locator('#compare-table tbody tr').count(), results.length);
  await page.locator('#compare-panel').screenshot({ path: join(root, 'target/playground-compare.png') });
  await page.screenshot({ path: join(root, 'target/playground.png') });
  await page.close();
});

test('the static site alone runs and compares on the browser paths', async () => {
  const page = await open(`${staticServer.url}#example=hello`);
  assert.deepEqual((await page.evaluate(() => window.kilnPlayground.paths())).map((p) => p.id), ['wasm', 'interp']);
  await page.waitForFunction(() => document.querySelector('textarea').value.includes('Hello'));
  await page.click('#run');
  await page.waitForFunction(() => /^exit code/.test(document.getElementById('status').textContent));
  assert.equal(await page.locator('#output').textContent(), node(join(examplesDir, 'hello.js')).stdout);
  await page.click('#tab-compare');
  await page.fill('#iterations', '4');
  await page.click('#compare');
  await page.waitForFunction(() => /^comparison/.test(document.getElementById('status').textContent), null, { timeout: 30000 });
  const results = await page.evaluate(() => window.kilnPlayground.compareResults());
  assert.deepEqual(results.map((r) => [r.id, r.ticks.length]), [['wasm', 4], ['interp', 4]]);
  await page.close();
});

test('kiln serve answers only its own pages and serves only the site', async () => {
  const post = (headers) => fetch(`${serverUrl}api/run?engine=interp`, { method: 'POST', body: 'console.log(1)', headers });
  assert.equal((await post({})).status, 200);
  assert.equal((await post({ origin: 'http://example.com' })).status, 403);
  assert.equal((await post({ origin: serverUrl.replace(/\/$/, '') })).status, 200);
  // Raw requests: fetch would normalize `..` away and set Host itself.
  const { request } = await import('node:http');
  const raw = (path, headers = {}) => new Promise((done, fail) => {
    const url = new URL(serverUrl);
    request({ host: url.hostname, port: url.port, path, headers }, (r) => done(r.statusCode)).on('error', fail).end();
  });
  assert.equal(await raw('/'), 200);
  assert.equal(await raw('/', { host: `rebound.test:${new URL(serverUrl).port}` }), 403);
  // The repository's Cargo.toml is two levels above target/playground.
  assert.ok(existsSync(join(site, '../../Cargo.toml')));
  assert.equal(await raw('/../../Cargo.toml'), 404);
  assert.equal(await raw('/%2e%2e/%2e%2e/Cargo.toml'), 404);
  assert.equal(await raw('/app/%2e%2e/%2e%2e/%2e%2e/Cargo.toml'), 404);
  assert.equal((await fetch(`${serverUrl}api/run?engine=nope`, { method: 'POST', body: '' })).status, 400);
  const wasm = await fetch(`${serverUrl}runtime.wasm`);
  assert.equal(wasm.headers.get('content-type'), 'application/wasm');
});
