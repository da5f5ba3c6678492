import { diagnose, type DoctorMode, type Finding, type Severity } from '../doctor';

/** How long typing must pause before the doctor reads the answer again. */
const typingPauseMs = 300;

const severityLabels: Record<Severity, string> = { error: 'Error', warning: 'Warning', ok: 'OK' };

/** Text with inline code between backticks, as DOM nodes (never HTML: findings quote the paste). */
function withCode(text: string): Node[] {
  return text.split('`').flatMap<Node>((part, index) => {
    if (part === '') return [];
    if (index % 2 === 0) return [document.createTextNode(part)];
    const code = document.createElement('code');
    code.textContent = part;
    return [code];
  });
}

function summary(findings: Finding[]): string {
  const count = (severity: Severity) => findings.filter((each) => each.severity === severity).length;
  const problems = (
    [
      [count('error'), 'error', 'errors'],
      [count('warning'), 'warning', 'warnings'],
    ] as const
  )
    .filter(([n]) => n > 0)
    .map(([n, one, many]) => `${n} ${n === 1 ? one : many}`);
  return problems.length === 0 ? 'No problem found.' : `Found ${problems.join(' and ')}.`;
}

/**
 * What the response doctor does once a reader reaches for it (the page loads this module on first
 * focus or pointer): reads the pasted answer and lists the findings.
 */
export class ResponseDoctorController {
  private typingTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly pageTitles: Record<string, string>;

  constructor(private readonly root: HTMLElement) {
    this.pageTitles = JSON.parse(root.dataset.pageTitles!) as Record<string, string>;
    if (this.paste.value.trim() !== '') this.check(false);
  }

  private get paste(): HTMLTextAreaElement {
    return this.root.querySelector<HTMLTextAreaElement>('[data-paste]')!;
  }

  /** Checks once typing pauses. */
  scheduleCheck(): void {
    clearTimeout(this.typingTimer);
    this.typingTimer = setTimeout(() => this.check(false), typingPauseMs);
  }

  /** Reads the answer now; an empty one gets a finding only when the reader asked with the button. */
  check(asked: boolean): void {
    clearTimeout(this.typingTimer);
    const text = this.paste.value;
    const results = this.root.querySelector<HTMLElement>('[data-results]')!;
    if (text === '') delete this.paste.dataset.pastedLength;
    if (text.trim() === '' && !asked) {
      results.hidden = true;
      return;
    }
    const mode = (this.root.querySelector<HTMLInputElement>('input[name="mode"]:checked')?.value ?? 'auto') as DoctorMode;
    const findings = diagnose(text, mode, { pastedLength: Number(this.paste.dataset.pastedLength ?? text.length) });
    this.root.querySelector<HTMLElement>('[data-findings]')!.replaceChildren(...findings.map((each) => this.render(each)));
    this.root.querySelector<HTMLElement>('[data-summary]')!.textContent = summary(findings);
    results.hidden = false;
  }

  private render(finding: Finding): HTMLLIElement {
    const item = document.createElement('li');
    item.className = 'finding';
    item.dataset.severity = finding.severity;
    const title = document.createElement('p');
    title.className = 'finding-title';
    const severity = document.createElement('span');
    severity.className = 'finding-severity';
    severity.textContent = `${severityLabels[finding.severity]}:`;
    title.append(severity, ' ', ...withCode(finding.title));
    const detail = document.createElement('p');
    detail.className = 'finding-detail';
    detail.append(...withCode(finding.detail));
    item.append(title, detail);
    if (finding.page) {
      const link = document.createElement('a');
      link.href = `${this.root.dataset.base!}${finding.page.slice(1)}`;
      link.textContent = this.pageTitles[finding.page] ?? finding.page;
      const read = document.createElement('p');
      read.className = 'finding-page';
      read.append('Read: ', link);
      item.append(read);
    }
    return item;
  }
}
