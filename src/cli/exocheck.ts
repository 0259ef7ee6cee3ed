import { parseArgs } from 'node:util';
import { readFile } from 'node:fs/promises';
import { scanDocument } from '../engine';
import { JURISDICTIONS, STRICTNESS, type Jurisdiction, type Strictness } from '../engine/types';
import { isAuditWorker, runAudit } from './audit';
import { formatCsv, formatJson, formatJsonl, formatText, type FileReport } from './format';
import { runJsonl } from './jsonl';
import { InputError, decideJurisdiction, fromHtml, readPage, systemLocale, type Page } from './read-page';
import demoHtml from './demo-page.html?raw';

// `exocheck`: the engine on saved pages. Exit codes: 0 done, 1 usage error, 2 some input could not be read
// (the others were still scanned and reported).

const USAGE = `Usage:
  exocheck [options] FILE...          scan HTML or text files
  exocheck --demo                     scan a sample clinic page bundled with ExoCheck
  exocheck --jsonl FILE|-             labeled sentences in, one findings line per input line out
  exocheck audit PATH... [options]    bulk audit of folders, WARC/WACZ archives and URL lists (exocheck audit --help)

Options:
  --format text|json|csv|jsonl        output format (default text)
  --strictness relaxed|standard|strict  relaxed: likely unlawful or dangerous offers only;
                                      standard: offers and unsupported claims (default);
                                      strict: everything, including warnings, questions and reported claims
  --jurisdiction uk|eu|us|ca|au|kr|jp|auto  whose law to apply (default auto, guessed from each page)
  -h, --help                          this text
`;

const FORMATS = ['text', 'json', 'csv', 'jsonl'] as const;

export async function main(argv: string[], io = { stdout: process.stdout, stderr: process.stderr }): Promise<number> {
  if (argv[0] === 'audit') {
    return runAudit(argv.slice(1), { stdout: io.stdout, stderr: io.stderr, isTTY: Boolean(process.stderr.isTTY) });
  }
  let values: Record<string, string | boolean | undefined>;
  let files: string[];
  try {
    const parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'text' },
        strictness: { type: 'string', default: 'standard' },
        jurisdiction: { type: 'string', default: 'auto' },
        jsonl: { type: 'string' },
        demo: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
    values = parsed.values;
    files = parsed.positionals;
  } catch (e) {
    io.stderr.write(`exocheck: ${(e as Error).message}\n\n${USAGE}`);
    return 1;
  }
  if (values.help) {
    io.stdout.write(USAGE);
    return 0;
  }
  const format = values.format as (typeof FORMATS)[number];
  const strictness = values.strictness as Strictness;
  const jur = values.jurisdiction as Jurisdiction | 'auto';
  const bad = [
    !FORMATS.includes(format) && `--format must be one of ${FORMATS.join(', ')}`,
    !STRICTNESS.includes(strictness) && `--strictness must be one of ${STRICTNESS.join(', ')}`,
    jur !== 'auto' && !JURISDICTIONS.includes(jur) && `--jurisdiction must be auto or one of ${JURISDICTIONS.join(', ')}`,
  ].filter(Boolean);
  if (bad.length) {
    io.stderr.write(`exocheck: ${bad.join('; ')}\n`);
    return 1;
  }

  if (values.jsonl !== undefined) {
    let input: string;
    try {
      input = values.jsonl === '-' ? await readStdin() : await readFile(String(values.jsonl), 'utf8');
    } catch (e) {
      io.stderr.write(`exocheck: ${values.jsonl}: cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`);
      return 2;
    }
    const { output, errors } = runJsonl(input, { strictness, jurisdiction: jur === 'auto' ? 'uk' : jur });
    for (const e of errors) io.stderr.write(`exocheck: ${values.jsonl}: ${e}\n`);
    if (output.length) io.stdout.write(output.join('\n') + '\n');
    return errors.length ? 2 : 0;
  }

  if (!values.demo && !files.length) {
    io.stderr.write(`exocheck: no input files\n\n${USAGE}`);
    return 1;
  }
  const reports: FileReport[] = [];
  let failed = 0;
  const inputs: { name: string; page: () => Promise<Page> }[] = values.demo
    ? [{ name: 'demo: Glow Lab Aesthetics (sample clinic page)', page: () => Promise.resolve({ ...fromHtml(demoHtml), truncated: false }) }]
    : [];
  for (const f of files) inputs.push({ name: f, page: () => readPage(f) });
  for (const input of inputs) {
    try {
      const page = await input.page();
      const { jurisdiction, guess } = decideJurisdiction(page, jur, systemLocale());
      const { findings } = scanDocument(page.blocks, { strictness, jurisdiction });
      reports.push({ file: input.name, jurisdiction, evidence: guess?.evidence, findings, blocks: page.blocks, truncated: page.truncated });
    } catch (e) {
      failed++;
      const msg = e instanceof InputError ? e.message : `failed: ${(e as Error).message}`;
      io.stderr.write(`exocheck: ${input.name}: ${msg}\n`);
    }
  }
  const out = { text: formatText, json: formatJson, csv: formatCsv, jsonl: formatJsonl }[format](reports);
  io.stdout.write(out);
  return failed ? 2 : 0;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

const invokedDirectly = !isAuditWorker && process.argv[1] !== undefined && /exocheck(?:\.[cm]?[jt]s)?$/.test(process.argv[1]);
if (invokedDirectly) {
  // `exocheck audit ... | head`: the reader has gone, so stop quietly instead of dying on EPIPE.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
    process.exit(process.exitCode ?? 0);
  });
  main(process.argv.slice(2)).then(
    (code) => { process.exitCode = code; },
    (e) => { process.stderr.write(`exocheck: ${(e as Error).stack ?? e}\n`); process.exitCode = 2; },
  );
}
