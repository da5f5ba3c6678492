import type { Attachment } from '../chatkit-protocol/index';

/** Uploaded attachments of one owner, by id. */
export class AttachmentStore {
  readonly #byId = new Map<string, Attachment>();

  save(attachment: Attachment): void {
    this.#byId.set(attachment.id, structuredClone(attachment));
  }

  get(id: string): Attachment | undefined {
    const attachment = this.#byId.get(id);
    return attachment && structuredClone(attachment);
  }

  delete(id: string): boolean {
    return this.#byId.delete(id);
  }
}
