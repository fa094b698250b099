/** Offices named without their holder, resolved at the article's date from the knowledge file's offices. */
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../../lib/analyze';
import { RoleResolver } from '../../../lib/actors/roles';
import { parseIsoDate } from '../../../lib/dates';
import { knowledge } from '../../../lib/knowledge';

const roles = new RoleResolver(knowledge.actors);

function holders(text: string, date: string | null): Array<[string, string | null]> {
  return roles.find(text, parseIsoDate(date)).map((h) => [text.slice(h.start, h.end), h.actorId]);
}

describe('RoleResolver', () => {
  it('names the holder of the office at the article’s date', () => {
    expect(holders("Turkey's foreign minister spoke.", '2019-10-20')).toEqual([["Turkey's foreign minister", 'mevlut-cavusoglu']]);
    expect(holders("Turkey's foreign minister spoke.", '2023-07-01')).toEqual([["Turkey's foreign minister", 'hakan-fidan']]);
    expect(holders('the Syrian president said', '2019-10-20')).toEqual([['Syrian president', 'bashar-al-assad']]);
    expect(holders('the Syrian president said', '2025-03-01')).toEqual([['Syrian president', 'ahmed-al-sharaa']]);
    expect(holders('talks with the President of France', '2015-11-20')).toEqual([['President of France', 'francois-hollande']]);
    expect(holders('the foreign minister of Turkey said', '2019-10-20')).toEqual([['foreign minister of Turkey', 'mevlut-cavusoglu']]);
    // The owner's name keeps its case.
    expect(holders('the foreign minister of turkey said', '2019-10-20')).toEqual([]);
    expect(holders('the Russian defence minister', '2019-10-22')).toEqual([['Russian defence minister', 'sergei-shoigu']]);
  });

  it('names each US defence secretary of the war in turn, and the Syrian ministers of the transition', () => {
    const cases: Array<[string, string]> = [
      ['2014-05-01', 'chuck-hagel'],
      ['2016-05-01', 'ashton-carter'],
      ['2018-05-01', 'james-mattis'],
      ['2020-05-01', 'mark-esper'],
      ['2022-05-01', 'lloyd-austin'],
      ['2025-07-01', 'pete-hegseth'],
    ];
    for (const [date, id] of cases) expect(holders('the US Defense Secretary said', date), date).toEqual([['US Defense Secretary', id]]);
    expect(holders('the Secretary of State said', '2025-07-01')).toEqual([['Secretary of State', 'marco-rubio']]);
    expect(holders('the Syrian defence minister said', '2025-07-15')).toEqual([['Syrian defence minister', 'murhaf-abu-qasra']]);
    // Between two holders' terms on file (2021-01-20 to 2021-01-22: an acting secretary), nobody.
    expect(holders('the US Defense Secretary said', '2021-01-21')).toEqual([]);
  });

  it("names Iran's foreign ministers and presidents, Israel's defence ministers and the neighbours' leaders of each year", () => {
    const iranFm: Array<[string, string]> = [
      ['2016-05-01', 'mohammad-javad-zarif'],
      ['2023-03-01', 'hossein-amir-abdollahian'],
      ['2025-06-01', 'abbas-araghchi'],
    ];
    for (const [date, id] of iranFm) expect(holders("Iran's foreign minister said", date), date).toEqual([["Iran's foreign minister", id]]);
    // Between Amir-Abdollahian's death and Araghchi's appointment an acting minister served: nobody on file.
    expect(holders("Iran's foreign minister said", '2024-07-01')).toEqual([]);
    expect(holders('the Iranian president', '2023-05-03')).toEqual([['Iranian president', 'ebrahim-raisi']]);
    expect(holders('the Iranian president', '2024-12-09')).toEqual([['Iranian president', 'masoud-pezeshkian']]);
    expect(holders('the Israeli defence minister', '2023-04-21')).toEqual([['Israeli defence minister', 'yoav-gallant']]);
    expect(holders('the Israeli defence minister', '2025-01-15')).toEqual([['Israeli defence minister', 'israel-katz']]);
    expect(holders("Lebanon's president", '2025-03-17')).toEqual([["Lebanon's president", 'joseph-aoun']]);
    expect(holders("Jordan's foreign minister", '2023-02-15')).toEqual([["Jordan's foreign minister", 'ayman-safadi']]);
    expect(holders("Iraq's prime minister", '2025-04-17')).toEqual([["Iraq's prime minister", 'mohammed-shia-al-sudani']]);
  });

  it("names Syria's prime ministers, defence ministers and UN ambassadors of the war years, Turkey's prime ministers and the US envoys to the UN", () => {
    const cases: Array<[string, string, string]> = [
      ['the Syrian prime minister', '2012-07-01', 'riad-hijab'],
      ['the Syrian prime minister', '2013-05-01', 'wael-al-halqi'],
      ['the Syrian prime minister', '2017-05-01', 'imad-khamis'],
      ['the Syrian prime minister', '2021-05-01', 'hussein-arnous'],
      ['the Syrian prime minister', '2025-01-15', 'mohammed-al-bashir'],
      ["Syria's defence minister", '2012-05-01', 'dawoud-rajiha'],
      ["Syria's defence minister", '2015-05-01', 'fahd-jassim-al-freij'],
      ["Syria's defence minister", '2020-05-01', 'ali-abdullah-ayoub'],
      ["Syria's defence minister", '2023-05-01', 'ali-mahmoud-abbas'],
      ["Syria's UN ambassador", '2016-10-01', 'bashar-al-jaafari'],
      ["Syria's UN ambassador", '2022-01-01', 'bassam-sabbagh'],
    ];
    for (const [phrase, date, id] of cases) expect(holders(`${phrase} said`, date).map(([, who]) => who), `${phrase}, ${date}`).toEqual([id]);
    for (const [date, id] of [['2015-03-01', 'ahmet-davutoglu'], ['2017-03-01', 'binali-yildirim']] as const) {
      expect(holders("Turkey's prime minister said", date).map(([, who]) => who), date).toEqual([id]);
    }
    expect(holders('the US ambassador to the UN said', '2020-05-12').map(([, who]) => who)).toEqual(['kelly-craft']);
    expect(holders('the US ambassador to the UN said', '2023-05-12').map(([, who]) => who)).toEqual(['linda-thomas-greenfield']);
    // Between Arnous and al-Bashir (September to December 2024) the file names no prime minister.
    expect(holders('the Syrian prime minister said', '2024-10-01')).toEqual([]);
  });

  it('on a handover day names the one who took office; in a gap, nobody', () => {
    expect(holders('the UK Foreign Secretary', '2016-07-13')).toEqual([['UK Foreign Secretary', 'boris-johnson']]);
    // Between the fall of Assad and the transitional presidency the file names no president.
    expect(holders('the Syrian president', '2024-12-20')).toEqual([]);
  });

  it('reads a title only one owner uses as that owner\'s office, but not another owner\'s or another office', () => {
    expect(holders('The Foreign Secretary met the Iraqi Foreign Minister in London.', '2016-09-01')).toEqual([
      ['Foreign Secretary', 'boris-johnson'],
      ['Iraqi Foreign Minister', 'ibrahim-al-jaafari'],
    ]);
    expect(holders('the Secretary of State said', '2015-06-01')).toEqual([['Secretary of State', 'john-kerry']]);
    expect(holders('the foreign secretary, in London', '2015-06-01')).toEqual([['foreign secretary', 'philip-hammond']]);
    expect(holders('the Indian Foreign Secretary said', '2015-06-01')).toEqual([]);
    expect(holders('the Secretary of State for Health said', '2015-06-01')).toEqual([]);
    expect(holders('the shadow Foreign Secretary said', '2015-06-01')).toEqual([]);
    expect(holders('the Assistant Secretary of State said', '2015-06-01')).toEqual([]);
  });

  it('without a date, names the office itself, when the file holds any of its holders', () => {
    expect(holders("Turkey's foreign minister spoke.", null)).toEqual([["Turkey's foreign minister", 'office:foreign-minister:turkey']]);
    expect(holders('The Foreign Secretary said', null)).toEqual([['Foreign Secretary', 'office:foreign-minister:united-kingdom']]);
    expect(holders('When Foreign Secretary talks began', null)).toEqual([['Foreign Secretary', 'office:foreign-minister:united-kingdom']]);
    // Italy is on file, its foreign ministers are not.
    expect(holders('the Italian foreign minister said', null)).toEqual([]);
    expect(holders('the Italian foreign minister said', '2019-10-20')).toEqual([]);
    // Germany's is on file for 2013–2017 (and 2005–2009) only.
    expect(holders('the German foreign minister said', '2015-10-20')).toEqual([['German foreign minister', 'frank-walter-steinmeier']]);
    expect(holders('the German foreign minister said', '2019-10-20')).toEqual([]);
    // France's is on file for 2016–2017 only: no one before or after.
    expect(holders('the French foreign minister said', '2016-10-01')).toEqual([['French foreign minister', 'jean-marc-ayrault']]);
    expect(holders('the French foreign minister said', '2019-10-20')).toEqual([]);
  });

  it('marks nothing for another office or time, or when the name follows', () => {
    expect(holders('the former Syrian president', '2019-10-20')).toEqual([]);
    expect(holders('the Turkish deputy foreign minister', '2019-10-20')).toEqual([]);
    expect(holders('Turkish Foreign Minister Mevlut Cavusoglu said', '2019-10-20')).toEqual([]);
    // The owner must be written as a name is: "us" is not "US".
    expect(holders('let us president over it', '2019-10-20')).toEqual([]);
  });
});

describe('analysis with offices', () => {
  const analyzer = createAnalyzer(knowledge);

  it('makes the phrase a mention of the holder, and leaves the owner inside it unmarked', () => {
    const a = analyzer.analyze({ text: 'The Russian president and the UK Foreign Secretary discussed Syria and Idlib.', date: '2016-10-01' }, { force: true });
    const mentions = Object.fromEntries(a.actors.map((x) => [x.id, x.mentions.map((m) => m.text)]));
    expect(mentions['vladimir-putin']).toEqual(['Russian president']);
    expect(mentions['boris-johnson']).toEqual(['UK Foreign Secretary']);
    expect(mentions['united-kingdom']).toBeUndefined();
    expect(a.entries['boris-johnson']?.details.join(' ')).toContain('UK Foreign Secretary');
  });

  it('in a text with no date, marks the office, whose card lists the holders on file with their terms and sources', () => {
    const a = analyzer.analyze({ text: 'The Syrian president met the Foreign Secretary to discuss Idlib.' }, { force: true });
    const office = a.actors.find((x) => x.id === 'office:head-of-state:syria')!;
    expect(office).toMatchObject({ name: 'President of Syria', kind: 'office', known: true });
    expect(office.mentions.map((m) => m.text)).toEqual(['Syrian president']);
    const card = a.entries['office:head-of-state:syria']!;
    expect(card.subtitle).toBe('Office');
    expect(card.details).toEqual(['Hafez al-Assad: 1971 to 10 June 2000', 'Bashar al-Assad: 17 July 2000 to 8 December 2024', 'Ahmed al-Sharaa: since January 2025']);
    expect(card.sources.length).toBeGreaterThan(1);
    expect(a.actors.some((x) => x.id === 'syria')).toBe(false);
    expect(a.entries['office:foreign-minister:united-kingdom']?.title).toBe('UK Foreign Secretary');
  });

  it('takes a name in apposition for the holder: the phrase is that person\'s only when the file agrees', () => {
    const ids = (text: string, date: string) => analyzer.analyze({ text, date }, { force: true }).actors.map((x) => [x.id, x.mentions.map((m) => m.text)]);
    // From the fifth audit: each office was marked as the holder at the article's date.
    expect(ids('The US Secretary of Defense, Mark Esper, visited Syria.', '2016-05-01')).toContainEqual(['mark-esper', ['US Secretary of Defense', 'Mark Esper']]);
    expect(ids('The US Secretary of Defense, Mark Esper, visited Syria.', '2016-05-01').flat(2)).not.toContain('ashton-carter');
    expect(ids("Israel's defence minister (Moshe Ya'alon) said Syria was warned.", '2024-05-01').flat(2)).not.toContain('yoav-gallant');
    expect(ids('The Foreign Secretary, Boris Johnson, said Syria must answer.', '2016-10-01')).toContainEqual(['boris-johnson', ['Foreign Secretary', 'Boris Johnson']]);
    expect(analyzer.analyze({ text: 'The Foreign Secretary, Boris Johnson, said Syria must answer.' }, { force: true }).actors.map((x) => x.id)).toEqual(['boris-johnson', 'syria']);
    expect(ids('The Russian president, who met him, said Syria was safe.', '2019-10-20')).toContainEqual(['vladimir-putin', ['Russian president']]);
  });

  it('names the holder in the year the sentence gives, and nobody when that year had two', () => {
    const ids = (text: string) => analyzer.analyze({ text, date: '2016-03-01' }, { force: true }).actors.map((x) => [x.id, x.mentions.map((m) => m.text)]);
    // From the fifth audit: each of these was the holder at the article's date.
    expect(ids('The U.S. president said in 2019 that the troops would leave Syria.')).toContainEqual(['donald-trump', ['U.S. president']]);
    expect(ids('The U.S. president said in 2017 that the troops would stay in Syria.').flat(2)).not.toContain('barack-obama');
    expect(ids('The U.S. president said in 2019 and in 2014 that Syria mattered.').flat(2)).not.toContain('barack-obama');
    // A year that only qualifies something else leaves the article's date.
    expect(ids('The U.S. president praised the 2014 campaign in Syria.')).toContainEqual(['barack-obama', ['U.S. president']]);
  });

  it('leaves an owner marked as itself when its office has nobody on file', () => {
    const a = analyzer.analyze({ text: "Italy's foreign minister and the Syrian president met in Damascus." }, { force: true });
    expect(a.actors.map((x) => x.id)).toEqual(expect.arrayContaining(['italy', 'office:head-of-state:syria']));
  });
});
