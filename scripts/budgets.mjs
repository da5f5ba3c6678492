// The site's budgets: the one place both `npm test` (check-budgets.mjs) and `npm run bench` read them from.
const KB = 1024;

/** Size budgets, in gzip bytes, checked against the build output. */
export const sizeBudgets = [
  { key: 'html', label: 'page HTML', max: 64 * KB },
  { key: 'js', label: 'page JS before any sandbox', max: 13 * KB },
  { key: 'landingJs', label: 'landing page JS, with the symptom finder', max: 25 * KB },
  { key: 'css', label: 'page CSS', max: 20 * KB },
  { key: 'frameJs', label: 'JS of one sandbox frame (with its worker)', max: 146 * KB },
];

/** The page that carries the symptom finder: its JS is held to `landingJs` instead of `js`. */
export const landingPage = '/';

/** The symptom finder's script with its embedded index (gzip bytes), and its answer to a paste (ms) (benchmark only). */
export const finderBudgets = { bytes: 15 * KB, answerMs: 16 };

/** Build time, in seconds. Only the benchmark reports it: it depends on the machine, so no test fails on it. */
export const buildSecondsBudget = 30;

/** A fixed variant's frame, from navigation to chatkit.ready, median of 5, in ms (benchmark only). */
export const frameReadyBudgetMs = { cold: 700, warm: 350 };

/** Building the Python environment on a fresh machine, and the conformance suite, in seconds (benchmark only). */
export const pythonSetupBudgetSeconds = 90;
export const conformanceBudgetSeconds = 30;

/** The <openai-chatkit> simulator, bundled and minified on its own, in gzip bytes (benchmark only). */
export const simulatorBudgetBytes = 15 * KB;

/** setOptions → chatkit.ready when the mocked API answers without latency, in ms (benchmark only). */
export const simulatorReadyBudgetMs = 100;

export const formatKB = (bytes) => `${(bytes / KB).toFixed(1)} KB`;

/**
 * The heaviest figure of each budgeted kind, where it occurs, and whether it is within its budget.
 * `weights` is what measureSite() in page-weight.mjs returns.
 */
export function budgetVerdicts(weights) {
  const rows = [
    ...Object.entries(weights.pages).map(([path, { js, ...page }]) => ({ path, ...page, [path === landingPage ? 'landingJs' : 'js']: js })),
    ...Object.entries(weights.frames).map(([path, frame]) => ({ path, frameJs: frame.js })),
  ];
  return sizeBudgets.map(({ key, label, max }) => {
    const heaviest = rows.reduce((top, row) => ((row[key] ?? -1) > (top?.[key] ?? -1) ? row : top), undefined);
    const value = heaviest?.[key] ?? 0;
    return { key, label, max, value, where: heaviest?.path ?? '(no pages built)', ok: value <= max };
  });
}
