/** What the assistant answers, given the user's text. */
export type ReplyFn = (userText: string) => string;

export const defaultReply: ReplyFn = (userText) => {
  const said = userText.trim();
  const quoted = said === '' ? 'an empty message' : `“${said.length > 200 ? `${said.slice(0, 200)}…` : said}”`;
  return `This is a simulated reply from a mocked ChatKit backend; no model was called. You sent ${quoted}.`;
};

const WORDS_PER_DELTA = 3;

/** Splits a reply into the text deltas a stream sends; joined back they give the reply exactly. */
export function splitIntoDeltas(text: string): string[] {
  const words = text.match(/\s*\S+\s*/g) ?? [];
  if (words.length === 0) return text === '' ? [] : [text];
  const deltas: string[] = [];
  for (let index = 0; index < words.length; index += WORDS_PER_DELTA) {
    deltas.push(words.slice(index, index + WORDS_PER_DELTA).join(''));
  }
  return deltas;
}

/** [G] a stand-in for model-made titles: the first words of the first message. */
export function titleFor(userText: string): string {
  const words = userText.trim().split(/\s+/).filter(Boolean).slice(0, 6).join(' ');
  if (words === '') return 'New chat';
  return words.length > 40 ? `${words.slice(0, 39)}…` : words;
}
