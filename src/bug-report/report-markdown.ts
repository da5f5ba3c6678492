/**
 * A ChatKit bug report as Markdown for a GitHub issue, assembled from what the reader filled in and
 * redacted before it is returned, so no caller can show or copy the unredacted text.
 */
import { redactSecrets, type Redaction } from './redact';

export type ReportMode = 'hosted' | 'custom-server';

export interface BugReportInput {
  versions: { chatkitReact: string; chatkit: string; react: string };
  mode: ReportMode | null;
  /** What happens, in a sentence. */
  symptom: string;
  /** What should happen instead, in a sentence; optional. */
  expected: string;
  /** The exact error text, pasted. */
  error: string;
  browser: string;
  /** The steps of the page's checklist, ticked or not. */
  checks: readonly { label: string; done: boolean }[];
  /** When the report was written (the ChatKit script changes without a version). */
  writtenAt: Date;
}

export interface BugReport {
  markdown: string;
  redactions: Redaction[];
}

const notGiven = '_not given_';

const modeLines: Record<ReportMode, string> = {
  hosted: 'hosted (Agent Builder, `api: { getClientSecret }`)',
  'custom-server': 'custom server (`api: { url, domainKey }`)',
};

/** One line, trimmed: a field meant as a sentence must not open a Markdown block of its own. */
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** A version as written, or "not given"; inline code, so `^1.6.1` stays as typed. */
function version(value: string): string {
  const line = oneLine(value).replaceAll('`', '');
  return line === '' ? notGiven : `\`${line}\``;
}

/** A fence longer than any run of backticks in `text`, so pasted Markdown cannot close it early. */
function fenced(text: string, language: string): string {
  const longestRun = Math.max(0, ...[...text.matchAll(/`+/g)].map((run) => run[0].length));
  const fence = '`'.repeat(Math.max(3, longestRun + 1));
  return `${fence}${language}\n${text}\n${fence}`;
}

function formatDate(date: Date): string {
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** The report's Markdown, redacted, and what the redaction removed. */
export function bugReportMarkdown(input: BugReportInput): BugReport {
  const error = input.error.replace(/\r\n?/g, '\n').replace(/^\n+|\s+$/g, '');
  const sections = [
    `### What happens\n\n${oneLine(input.symptom) || notGiven}`,
    ...(oneLine(input.expected) ? [`### What I expected\n\n${oneLine(input.expected)}`] : []),
    [
      '### Environment',
      '',
      `- \`@openai/chatkit-react\`: ${version(input.versions.chatkitReact)}`,
      `- \`@openai/chatkit\`: ${version(input.versions.chatkit)}`,
      `- \`react\`: ${version(input.versions.react)}`,
      `- Mode: ${input.mode ? modeLines[input.mode] : notGiven}`,
      `- Browser and OS: ${oneLine(input.browser) || notGiven}`,
      `- Reproduced: ${formatDate(input.writtenAt)} (\`chatkit.js\` is evergreen, so the date stands in for its version)`,
    ].join('\n'),
    `### Error\n\n${error === '' ? notGiven : fenced(error, 'text')}`,
    [
      '### Checked before reporting',
      '',
      ...(input.checks.length === 0 ? [notGiven] : input.checks.map((check) => `- [${check.done ? 'x' : ' '}] ${oneLine(check.label)}`)),
    ].join('\n'),
  ];
  const { text, redactions } = redactSecrets(`${sections.join('\n\n')}\n`);
  return { markdown: text, redactions };
}
