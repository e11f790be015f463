// `web-ext lint` on dist/firefox: no errors, and no warning but the known one
// (Firefox ignores background.service_worker; background.scripts serves it).
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { test } from 'node:test';
import { promisify } from 'node:util';
import { ROOT, requireBuilt } from './helpers.mjs';

const ALLOWED_WARNINGS = new Set(['BACKGROUND_SERVICE_WORKER_IGNORED']);

test('web-ext lint passes on dist/firefox', async () => {
  const dir = requireBuilt('firefox');
  const bin = join(ROOT, 'node_modules/.bin/web-ext');
  const { stdout } = await promisify(execFile)(bin, ['lint', '--source-dir', dir, '--output', 'json'],
    { maxBuffer: 16 << 20 }).catch((e) => e); // exits non-zero on errors; the JSON says why
  const report = JSON.parse(stdout);
  const show = (list) => list.map((m) => `${m.code}: ${m.message} (${m.file ?? ''})`);
  assert.deepEqual(show(report.errors), [], 'no lint errors');
  assert.deepEqual(show(report.warnings.filter((w) => !ALLOWED_WARNINGS.has(w.code))), [], 'no unexpected warnings');
  assert.deepEqual(show(report.notices), [], 'no lint notices');
});
