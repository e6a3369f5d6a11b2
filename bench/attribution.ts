/**
 * `npm run bench`, section "Attribution": each field's accuracy and the rate of false
 * "syndicated" on the generated corpus (test/attribution-corpus) and on the hand-labelled
 * benchmark pages (bench/attribution-labels.json), with what still fails.
 */
import { JSDOM, VirtualConsole } from 'jsdom';
import { extractArticle } from '../src/core/extract.ts';
import type { ExtractResult } from '../src/core/types.ts';
import { generateCorpus } from '../test/attribution-corpus/generate.ts';
import { benchmarkTruths } from './attribution-labels.ts';
import { ATTRIBUTION_FIELDS, ratio, scoreAttribution, type AttributionScore } from './attribution-score.ts';

export interface AttributionReport {
  corpus: AttributionScore;
  benchmark: AttributionScore;
}

/** Scores the corpus (extracted here) and the benchmark pages (from the results the general run already has). */
export function runAttribution(dataset: string, benchmarkResults: Map<string, ExtractResult>): AttributionReport {
  const quiet = new VirtualConsole();
  const corpus = scoreAttribution(
    generateCorpus().map((page) => {
      const dom = new JSDOM(page.html, { url: page.url, virtualConsole: quiet });
      const result = extractArticle(dom.window.document, page.url);
      dom.window.close();
      return { id: page.id, truth: page.expected, result };
    }),
  );
  const benchmark = scoreAttribution(
    benchmarkTruths(dataset).flatMap(({ id, truth }) => {
      const result = benchmarkResults.get(id);
      return result ? [{ id, truth, result }] : [];
    }),
  );
  return { corpus, benchmark };
}

const cell = (s: AttributionScore, field: string): string => ratio(s.fields[field]!);
const short = (id: string): string => (/^[0-9a-f]{64}$/.test(id) ? id.slice(0, 10) : id);

/** The report's markdown section. */
export function attributionMarkdown(r: AttributionReport): string {
  const fields = ATTRIBUTION_FIELDS.filter((f) => r.corpus.fields[f]!.total || r.benchmark.fields[f]!.total);
  const rate = (s: AttributionScore): string => `${s.falseSyndicated.length}/${s.originalPages} (${((100 * s.falseSyndicated.length) / (s.originalPages || 1)).toFixed(1)}%)`;
  const failures = (s: AttributionScore): string =>
    Object.entries(s.fields)
      .flatMap(([field, f]) => f.wrong.map((w) => `- ${short(w.id)} \`${field}\`: expected ${JSON.stringify(w.expected)}, got ${JSON.stringify(w.got)}`))
      .slice(0, 40)
      .join('\n') || '- none';
  return `## Attribution

Who published each page, field by field: the generated corpus (test/attribution-corpus: ${r.corpus.pages} pages, ${r.corpus.syndicatedPages} syndicated copies, ${r.corpus.originalPages} originals, 12 layouts, every credit family, byline form and trap) and the benchmark's pages hand-labelled in bench/attribution-labels.json (${r.benchmark.pages} pages without the borderline ones: ${r.benchmark.syndicatedPages} syndicated copies, ${r.benchmark.originalPages} originals; on originals only \`syndicated\` is scored).

| field | generated corpus | benchmark pages |
|---|---|---|
${fields.map((f) => `| ${f} | ${cell(r.corpus, f)} | ${cell(r.benchmark, f)} |`).join('\n')}
| **false "syndicated"** | ${rate(r.corpus)} | ${rate(r.benchmark)} |
| syndicated copies missed | ${r.corpus.missedSyndicated.length}/${r.corpus.syndicatedPages} | ${r.benchmark.missedSyndicated.length}/${r.benchmark.syndicatedPages} |

What still fails on the generated corpus:
${failures(r.corpus)}

What still fails on the benchmark pages:
${failures(r.benchmark)}
`;
}
