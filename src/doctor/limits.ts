/**
 * How much of a paste the doctor reads: a session answer is under 2 KB and a long stream under 100 KB.
 * Its own module so the page can cut a huge paste before it loads the doctor.
 */
export const inspectedLength = 256 * 1024;
