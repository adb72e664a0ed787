// The issue's targets, each beside what this run measured: one table printed at the end and written
// into docs/benchmarks.md between its markers (with the machine, Node's and PostgreSQL's versions and
// the date), so the figures there are always one whole run's. A missed target is reported, not thrown:
// only a wrong answer fails the run.
import fs from 'node:fs';
import os from 'node:os';

/** What 10 connections got through in a bounded load, every answer checked. */
export type LoadFigures = { requestsPerSecond: number; p99Ms: number };

export type TargetRow = { name: string; target: string; measured: string; met: boolean | null };

const START = '<!-- bench:targets:start -->';
const END = '<!-- bench:targets:end -->';

export class TargetTable {
  readonly rows: TargetRow[] = [];

  /** `met: null` is a row this scale does not measure (its `measured` says why). */
  add(name: string, target: string, measured: string, met: boolean | null): void {
    this.rows.push({ name, target, measured, met });
  }

  markdown(): string {
    const verdict = (met: boolean | null) => (met === null ? 'not measured' : met ? 'pass' : '**FAIL**');
    return ['| measurement | target | measured | result |', '| --- | --- | --- | --- |', ...this.rows.map((row) => `| ${row.name} | ${row.target} | ${row.measured} | ${verdict(row.met)} |`)].join('\n');
  }

  print(): void {
    const widths = [0, 1, 2].map((column) => Math.max(...this.rows.map((row) => [row.name, row.target, row.measured][column]!.length)));
    const line = (cells: string[]) => cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ');
    console.log(`\n${line(['measurement', 'target', 'measured'])}  result`);
    for (const row of this.rows) console.log(`${line([row.name, row.target, row.measured])}  ${row.met === null ? 'not measured' : row.met ? 'pass' : 'FAIL'}`);
  }
}

export type RunFacts = { scale: string; postgres: string; date: Date };

/** Replaces the targets section of `file` (or appends one) with this run's table and where it ran. */
export function writeTargetsSection(file: string, table: TargetTable, facts: RunFacts): void {
  const cpus = os.cpus();
  const section = [
    START,
    `## Targets (issue 13): the last \`pnpm bench\` run${facts.scale === 'full' ? '' : ` at \`BENCH_SCALE=${facts.scale}\` (its figures are not the ones to quote)`}`,
    '',
    `${facts.date.toISOString().slice(0, 16).replace('T', ' ')} UTC; ${cpus.length} × ${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB RAM, ` +
      `${os.type()} ${os.release()}; Node ${process.version}; ${facts.postgres}. Written by \`server/bench/run.ts\`; edit the text around the markers, not inside.`,
    '',
    table.markdown(),
    END,
  ].join('\n');
  const text = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '# Benchmarks\n';
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  const next = start >= 0 && end > start ? `${text.slice(0, start)}${section}${text.slice(end + END.length)}` : `${text.trimEnd()}\n\n${section}\n`;
  fs.writeFileSync(file, next);
}
