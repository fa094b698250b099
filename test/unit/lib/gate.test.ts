import { describe, expect, it } from 'vitest';
import { countGateHits, passesGate } from '../../../lib/topic/gate';

describe('the gate', () => {
  it('counts whole words only, in any case, with the longer forms', () => {
    expect(countGateHits('Syrians fled to Damascus; SYRIA and syrian', 10)).toBe(4);
    expect(countGateHits('the ambassadors of Homsworth met kurdishness', 10)).toBe(0);
    // A letter of another script is still a letter.
    expect(countGateHits('éSyria Syriaé', 10)).toBe(0);
    expect(countGateHits("Syria's war, (Idlib)", 10)).toBe(2);
    expect(countGateHits('Deir ez-Zor and Deir Ezzor', 10)).toBe(2);
  });

  it('stops at the limit and leaves no state behind between calls', () => {
    const text = 'Aleppo Aleppo Aleppo Aleppo';
    expect(countGateHits(text, 2)).toBe(2);
    expect(countGateHits(text, 10)).toBe(4);
    expect(countGateHits(text, 10)).toBe(4);
  });

  it('passes on one word in the title or the address, or two in the text', () => {
    expect(passesGate({ title: 'Talks on Idlib resume', url: 'https://news.example/x', sample: '' })).toBe(true);
    expect(passesGate({ title: '', url: 'https://news.example/world/syria-talks-resume', sample: '' })).toBe(true);
    expect(passesGate({ title: '', url: 'https://news.example/world/%C3%A9-syria', sample: '' })).toBe(true);
    expect(passesGate({ title: '', url: 'https://news.example/2019/10/deir-ez-zor_oil.html', sample: '' })).toBe(true);
    expect(passesGate({ title: '', url: 'https://news.example/?q=kobani', sample: '' })).toBe(true);
    expect(passesGate({ title: '', url: 'https://news.example/assadullah-and-syriana', sample: '' })).toBe(false);
    expect(passesGate({ title: '', url: 'https://news.example/%E0%A4%A', sample: 'Aleppo' })).toBe(false);
    expect(passesGate({ title: 'Markets', url: 'https://news.example/markets', sample: 'A note on Aleppo soap.' })).toBe(false);
    expect(passesGate({ title: 'Markets', url: 'https://news.example/markets', sample: 'Aleppo soap, from Aleppo.' })).toBe(true);
  });
});
