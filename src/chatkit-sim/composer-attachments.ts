import type { Attachment } from '../chatkit-protocol/index';
import { checkFiles, type AttachmentsOption } from './attachment-rules';
import type { ChatKitView } from './view';

export interface ComposerAttachmentsParts {
  view: ChatKitView;
  option: () => AttachmentsOption | undefined;
  /** Resolves once the widget has loaded (uploads need its credentials); rejects if loading failed. */
  loaded: () => Promise<void>;
  upload: (file: File) => Promise<Attachment>;
  report: (error: unknown) => Error;
}

/** The files attached to the message being written: checked against `composer.attachments`, uploaded, listed. */
export class ComposerAttachments {
  readonly #parts: ComposerAttachmentsParts;
  #attachments: Attachment[] = [];

  constructor(parts: ComposerAttachmentsParts) {
    this.#parts = parts;
  }

  /** Hands the attachments to a message being sent and empties the composer's list. */
  take(): Attachment[] {
    const taken = this.#attachments;
    this.set([]);
    this.#parts.view.showAttachmentError(null);
    return taken;
  }

  set(attachments: Attachment[]): void {
    this.#attachments = attachments;
    this.#parts.view.showAttachments(attachments);
  }

  remove(id: string): void {
    this.set(this.#attachments.filter((attachment) => attachment.id !== id));
  }

  async add(files: readonly File[]): Promise<void> {
    const { view } = this.#parts;
    const option = this.#parts.option();
    if (option?.enabled !== true) {
      view.showAttachmentError('Attachments are not enabled.');
      return;
    }
    await this.#parts.loaded();
    const { accepted, problems } = checkFiles(files, this.#attachments.length, option);
    view.showAttachmentError(problems.length > 0 ? problems.join('\n') : null);
    for (const file of accepted) {
      try {
        this.set([...this.#attachments, await this.#parts.upload(file)]);
      } catch (error) {
        view.showAttachmentError(this.#parts.report(error).message);
      }
    }
  }
}
