// The site's budgets: the one place both `npm test` (check-budgets.mjs) and `npm run bench` read them from.
const KB = 1024;

/** Size budgets, in gzip bytes, checked against the build output. */
export const sizeBudgets = [
  { key: 'html', label: 'page HTML', max: 50 * KB },
  { key: 'js', label: 'page JS before any sandbox', max: 30 * KB },
  { key: 'css', label: 'page CSS', max: 20 * KB },
  { key: 'sandboxJs', label: 'sandbox JS (all frame documents, each file once)', max: 250 * KB },
];

/** Build time, in seconds. Only the benchmark reports it: it depends on the machine, so no test fails on it. */
export const buildSecondsBudget = 30;

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
  const pages = Object.entries(weights.pages).map(([path, page]) => ({ path, ...page }));
  const frameCount = Object.keys(weights.frames).length;
  return sizeBudgets.map(({ key, label, max }) => {
    if (key === 'sandboxJs') {
      return { key, label, max, value: weights.sandboxJs, where: `${frameCount} frame documents`, ok: weights.sandboxJs <= max };
    }
    const heaviest = pages.reduce((top, row) => (row[key] > (top?.[key] ?? -1) ? row : top), undefined);
    const value = heaviest?.[key] ?? 0;
    return { key, label, max, value, where: heaviest?.path ?? '(no pages built)', ok: value <= max };
  });
}
