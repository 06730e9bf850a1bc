#!/usr/bin/env node
// Runs every test project the way it holds on a two-core machine: the unit and web projects in two
// workers (each spec file has its own database, tenant and keys), then the integration project one
// file at a time (each file starts a whole stack, which needs the machine to itself). Jest cannot give
// projects of one run different worker counts, hence two runs. Arguments go to both runs (a path
// filter, say); `--outputFile=F` (with `--json`) gets both runs' results, merged.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';

const args = process.argv.slice(2);
const outputArg = args.find((a) => a.startsWith('--outputFile='));
const passed = args.filter((a) => a !== outputArg && a !== '--json');
const output = outputArg?.slice('--outputFile='.length);
// A path filter may match files of one run only; the other then has nothing to run, which is no failure.
const filtered = passed.some((a) => !a.startsWith('-'));

const runs = [
  { name: 'unit-web', options: ['--selectProjects', 'unit', 'web', '--maxWorkers=2'] },
  { name: 'integration', options: ['--selectProjects', 'integration', '--runInBand'] },
];
const results = [];
let status = 0;
for (const run of runs) {
  const file = output ? `${output}.${run.name}.json` : undefined;
  const jest = spawnSync(
    process.execPath,
    [
      'node_modules/jest/bin/jest.js',
      ...run.options,
      ...(filtered ? ['--passWithNoTests'] : []),
      ...(file ? ['--json', `--outputFile=${file}`] : []),
      ...passed,
    ],
    { stdio: 'inherit', env: { ...process.env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --experimental-vm-modules`.trim() } },
  );
  if (jest.status !== 0) status = jest.status ?? 1;
  if (file) {
    try {
      results.push(JSON.parse(readFileSync(file, 'utf8')));
      rmSync(file);
    } catch {
      status ||= 1;
    }
  }
}
if (output) {
  const sum = (key) => results.reduce((n, r) => n + (r[key] ?? 0), 0);
  const merged = {
    ...results[results.length - 1],
    success: status === 0 && results.every((r) => r.success),
    startTime: Math.min(...results.map((r) => r.startTime)),
    testResults: results.flatMap((r) => r.testResults),
  };
  for (const key of Object.keys(merged)) if (/^num[A-Z]/.test(key)) merged[key] = sum(key);
  writeFileSync(output, JSON.stringify(merged));
}
process.exit(status);
