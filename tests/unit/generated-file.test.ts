import { describe, expect, it } from 'vitest';
import { controlOf } from '../../src/examples/claims';
import { makeFile } from '../../src/frame/generated-file';

const bytesOf = async (file: File) => new Uint8Array(await file.arrayBuffer());

describe('a generated file', () => {
  it('has exactly its size, name and type, and starts with its format’s signature', async () => {
    const png = makeFile({ name: 'receipt.png', type: 'image/png', size: 2048 });
    expect([png.name, png.type, png.size]).toEqual(['receipt.png', 'image/png', 2048]);
    expect([...(await bytesOf(png)).slice(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    const pdf = makeFile({ name: 'invoice.pdf', type: 'application/pdf', size: 100 });
    expect(new TextDecoder().decode((await bytesOf(pdf)).slice(0, 5))).toBe('%PDF-');
  });

  it('can lie about what it is: PNG bytes named and typed as a PDF', async () => {
    const liar = makeFile({ name: 'scan.pdf', type: 'application/pdf', size: 64, contents: 'png' });
    expect(liar.type).toBe('application/pdf');
    expect([...(await bytesOf(liar)).slice(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
  });

  it('may be empty, or smaller than its signature', async () => {
    expect(makeFile({ name: 'empty.txt', type: 'text/plain', size: 0 }).size).toBe(0);
    expect((await bytesOf(makeFile({ name: 'tiny.png', type: 'image/png', size: 3 }))).length).toBe(3);
  });

  it('is offered on the page with its size in words', () => {
    const control = controlOf({ attach: { name: 'big.pdf', type: 'application/pdf', size: 25 * 1024 * 1024 } });
    expect(control?.label).toBe('Attach big.pdf (25 MB, application/pdf)');
  });
});
