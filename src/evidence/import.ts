// One door for every file a journalist imports: ExoCheck's JSON export or its CSV export (the research
// page's, or the audit's). Anything else is refused whole, with a message that says what the file is not.
import { looksLikeCsv, parseCsvExport } from './import-csv';
import { ImportError, parseExport, type ParsedImport } from './import-json';

export { ImportError, type ImportProblem, type ParsedImport } from './import-json';
export { mergeEntries } from './import-json';

export function parseImport(text: string): ParsedImport {
  const body = text.replace(/^\uFEFF/, '').trimStart();
  if (body.startsWith('{') || body.startsWith('[')) return parseExport(text);
  if (looksLikeCsv(text)) return parseCsvExport(text);
  if (body === '') throw new ImportError('The file is empty', 'empty');
  throw new ImportError(
    'Not an ExoCheck export: expected the JSON or CSV file that ExoCheck exports (a CSV export starts with the header entry_id,captured_at,…)',
    'not-ours',
  );
}
