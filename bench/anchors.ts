/**
 * The anchors: other extractors' stored outputs on the benchmark's pages (the benchmark's own
 * `output/` folder, vendored in bench/data/article-extraction-benchmark/output), scored in the same
 * run and with the same metric as ours. Each carries the numbers the benchmark publishes for it, so
 * the report (and test/bench-compare.test.ts) can check that our port of evaluate.py reproduces them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Published {
  f1: number;
  /** The benchmark publishes precision and recall only for some systems. */
  precision?: number;
  recall?: number;
}

export interface AnchorSpec {
  /** File name in `output/`, without `.json`. */
  file: string;
  /** The name shown in the report. */
  label: string;
  published: Published;
}

/** The benchmark README's numbers (see the dataset's ABOUT.md), best first. */
export const ANCHORS: readonly AnchorSpec[] = [
  { file: 'rs_trafilatura', label: 'rs_trafilatura', published: { f1: 0.97, precision: 0.951, recall: 0.99 } },
  { file: 'AutoExtract', label: 'AutoExtract (commercial, 2019)', published: { f1: 0.97 } },
  { file: 'go_trafilatura', label: 'go_trafilatura', published: { f1: 0.96, precision: 0.94, recall: 0.98 } },
  { file: 'trafilatura', label: 'trafilatura 2.0.0', published: { f1: 0.958, precision: 0.938, recall: 0.978 } },
  { file: 'newspaper', label: 'newspaper4k', published: { f1: 0.949 } },
  { file: 'news_please', label: 'news-please', published: { f1: 0.948 } },
  { file: 'readability_js', label: 'Readability.js 0.6.0', published: { f1: 0.947, precision: 0.914, recall: 0.982 } },
];

export interface Anchor extends AnchorSpec {
  /** The stored text per page id; a page the system left out (or gave no text for) is ''. */
  texts: Map<string, string>;
}

/**
 * Reads one stored output. The benchmark keeps two shapes: `{ version, output: { id: { articleBody } } }`
 * and the bare `{ id: { articleBody } }`; both are accepted.
 */
export function parseAnchorOutput(json: unknown): Map<string, string> {
  const root = (json ?? {}) as Record<string, unknown>;
  const output = (typeof root.output === 'object' && root.output !== null ? root.output : root) as Record<string, unknown>;
  const texts = new Map<string, string>();
  for (const [id, value] of Object.entries(output)) {
    if (id === 'version') continue;
    const body = typeof value === 'string' ? value : (value as { articleBody?: unknown } | null)?.articleBody;
    texts.set(id, typeof body === 'string' ? body : '');
  }
  return texts;
}

/** The anchors whose output file is in `<dataset>/output`; the missing ones are named in `missing`. */
export function loadAnchors(dataset: string): { anchors: Anchor[]; missing: string[] } {
  const anchors: Anchor[] = [];
  const missing: string[] = [];
  for (const spec of ANCHORS) {
    const file = join(dataset, 'output', `${spec.file}.json`);
    if (!existsSync(file)) {
      missing.push(spec.label);
      continue;
    }
    anchors.push({ ...spec, texts: parseAnchorOutput(JSON.parse(readFileSync(file, 'utf8'))) });
  }
  return { anchors, missing };
}
