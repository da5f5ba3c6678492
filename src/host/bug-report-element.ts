import { describeRedactions } from '../bug-report/redact';
import { bugReportMarkdown, type BugReport, type ReportMode } from '../bug-report/report-markdown';
import { labelAsPlainMarkdown } from './checklist-state';

/**
 * What "Copy bug report" does once a reader reaches for the form (the page loads this module on first
 * focus or pointer): a live preview of the redacted report, and Copy with a select-the-text fallback.
 */
export class BugReportController {
  private readonly form: HTMLFormElement;

  constructor(private readonly root: HTMLElement) {
    this.form = root.querySelector<HTMLFormElement>('[data-form]')!;
    root.querySelector<HTMLElement>('[data-preview-area]')!.hidden = false;
    this.showPreview();
  }

  /** The `<Checklist>` whose ticked steps go into the report. */
  private get checklistSelector(): string {
    return `chatkit-checklist[data-param="${CSS.escape(this.root.dataset.checklist!)}"]`;
  }

  private report(): BugReport {
    const field = (name: string) => (this.form.elements.namedItem(name) as HTMLInputElement | HTMLTextAreaElement | null)?.value ?? '';
    const mode = (this.form.querySelector<HTMLInputElement>('input[name="mode"]:checked')?.value || null) as ReportMode | null;
    const boxes = document.querySelectorAll<HTMLInputElement>(`${this.checklistSelector} input[data-item]`);
    return bugReportMarkdown({
      versions: { chatkitReact: field('chatkitReact'), chatkit: field('chatkit'), react: field('react') },
      mode,
      symptom: field('symptom'),
      expected: field('expected'),
      error: field('error'),
      browser: field('browser'),
      checks: [...boxes].map((box) => ({ label: labelAsPlainMarkdown(box.dataset.label ?? ''), done: box.checked })),
      writtenAt: new Date(),
    });
  }

  showPreview(): BugReport {
    const report = this.report();
    this.root.querySelector<HTMLTextAreaElement>('[data-preview]')!.value = report.markdown;
    const redacted = describeRedactions(report.redactions);
    this.root.querySelector<HTMLElement>('[data-redacted]')!.textContent = redacted?.replaceAll('`', '') ?? 'No secrets found to redact.';
    return report;
  }

  async copy(): Promise<void> {
    const report = this.showPreview();
    const status = this.root.querySelector<HTMLElement>('[data-status]')!;
    status.textContent = '';
    try {
      await navigator.clipboard.writeText(report.markdown);
      const redacted = describeRedactions(report.redactions);
      status.textContent = redacted ? `Copied. ${redacted.replaceAll('`', '')}` : 'Copied';
    } catch {
      const preview = this.root.querySelector<HTMLTextAreaElement>('[data-preview]')!;
      preview.focus();
      preview.select();
      status.textContent = 'The browser refused the clipboard, so the report is selected below: press Ctrl+C (⌘C on a Mac) to copy it.';
    }
  }
}
