/** Names the knowledge file does not know: which capitalised runs are people or bodies, and which are not names. */
import { describe, expect, it } from 'vitest';
import { findNames } from '../../../lib/actors/names';

const names = (text: string) => findNames(text, () => false).map((h) => `${h.kind}:${h.name}`);

describe('findNames', () => {
  it('takes a title as a sign that a name follows, not as part of it', () => {
    expect(names('Special Advisor Knox Thames will travel to Beirut.')).toEqual(['person:Knox Thames']);
    expect(names('talks with Foreign Minister Ahmed Aboul Gheit')).toEqual(['person:Ahmed Aboul Gheit']);
  });

  it('does not read titles alone, singular or plural, as names', () => {
    expect(names('The Foreign, Home and Defence Secretaries also attended.')).toEqual([]);
    expect(names('EU Foreign Ministers met on Monday.')).toEqual([]);
  });

  it('reads bodies by their head word, and initialisms in mixed-case text', () => {
    expect(names('a grant to the World Monuments Fund (WMF) for Babylon')).toEqual(['organisation:World Monuments Fund', 'organisation:WMF']);
    expect(names('THE WMF GRANT')).toEqual([]);
  });
});
