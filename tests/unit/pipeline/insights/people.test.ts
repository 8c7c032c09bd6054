import { describe, expect, it } from 'vitest';
import { readText } from '../../../../utils/pipeline/text/document';
import { findPeople, resolvePerson } from '../../../../utils/pipeline/insights/people';
import { paragraphs } from '../../../helpers/dom';

const peopleOf = (...texts: string[]) => findPeople(readText(paragraphs(...texts)));

describe('findPeople', () => {
  it('finds names by given name, title, apposition and speech verb', () => {
    const people = peopleOf(
      'Commerce Secretary Wilbur Ross spoke first.',
      'Graham Webster, an editor at Stanford, disagreed.',
      'Brent Sherwood said nothing more.',
      'The company hired developer Ammar Askar.',
    );
    expect([...people.names]).toEqual(['Wilbur Ross', 'Graham Webster', 'Brent Sherwood', 'Ammar Askar']);
  });

  it('finds a name an aside of any kind separates from its speech verb', () => {
    expect([...peopleOf('Zorvik Dalmar, another traveller, said he had paid a lot.').names]).toEqual(['Zorvik Dalmar']);
    expect([...peopleOf('Zorvik Dalmar, a town in the north, lies far away.').names]).toEqual([]);
  });

  it('takes no capitalised words after an indefinite article for a name: "an Iowa Republican said"', () => {
    expect([...peopleOf('A Northport Republican said little, as did one Harrow Democrat.').names]).toEqual([]);
  });

  it('takes no name the prose treats as a body: after "the company…," or before a plural verb', () => {
    expect([...peopleOf('The firm that owns her songs, Zorvik Dalmar, says she may play them.').names]).toEqual([]);
    expect([...peopleOf('Zorvik Dalmar, a singer, says she may play them.').names]).toEqual(['Zorvik Dalmar']);
  });

  it('leaves a place before a full name to the title', () => {
    const people = peopleOf('The trade envoy to Canada Peter Lindqvist spoke first.', 'Lindqvist said nothing more.');
    expect([...people.names]).toEqual(['Peter Lindqvist']);
    expect(resolvePerson(people, 'Canada Peter Lindqvist')).toBe('Peter Lindqvist');
  });

  it('leaves the word after "Secretary of" to the title', () => {
    const people = peopleOf('Secretary of State Dana Whitlock spoke first.', 'Whitlock said nothing more.');
    expect([...people.names]).toEqual(['Dana Whitlock']);
    expect(resolvePerson(people, 'State Dana Whitlock')).toBe('Dana Whitlock');
  });

  it('keeps initials inside a name', () => {
    expect([...peopleOf('Analyst Dana F. Besecker said sales fell.').names]).toEqual(['Dana F. Besecker']);
  });

  it('never takes an organisation for a person, whatever given name it starts with', () => {
    const people = peopleOf(
      'Sierra Nevada Corp. won a contract, the Food Standards Agency said.',
      'Matt Maley, equity strategist at Miller Tabak, said the stock could rise.',
    );
    expect([...people.names]).toEqual(['Matt Maley']);
  });

  it('takes a lone surname as a person only after an honorific', () => {
    expect([...peopleOf('Mr Obama spoke.', 'Minecraft developer Mojang said nothing.').names]).toEqual(['Obama']);
  });
});

describe('findPeople: names without a known given name', () => {
  it('takes a name for a person when its surname later speaks alone, not when it is spoken to', () => {
    expect([...peopleOf('The answer came from Vadim Makarov, who heads a lab.', 'Makarov said so.').names]).toEqual([
      'Vadim Makarov',
    ]);
    expect([...peopleOf('The answer came from Vadim Makarov, who heads a lab.', 'He told Makarov so.').names]).toEqual(
      [],
    );
  });

  it('leaves a name the company list knows to the company finder, though its last word speaks', () => {
    expect([...peopleOf('Shares of Goldman Sachs rose.', 'Sachs said the deal was done.').names]).toEqual([]);
  });

  it('takes a name given an age for a person', () => {
    expect([...peopleOf('Vadim Makarov, 36, the owner of a store, heard shots.').names]).toEqual(['Vadim Makarov']);
  });

  it('ends a titled name at a lower-case joiner', () => {
    expect([...peopleOf('Sen. Mark Warner of Virginia criticised the plan.').names]).toEqual(['Mark Warner']);
  });
});

describe('findPeople: what the article says of each person', () => {
  it('reads gender from an honorific, a gendered role, a given name and the pronouns that follow', () => {
    const { gender } = peopleOf(
      'Ms. Alvarez spoke first.',
      'Vadim Makarov, a spokeswoman for the firm, disagreed.',
      'Mary Jones and Tom Brown left early.',
      'Jordan Kessel, an analyst, said little. He left at noon.',
    );
    expect(Object.fromEntries(gender)).toEqual({
      Alvarez: 'female',
      'Vadim Makarov': 'female',
      'Mary Jones': 'female',
      'Tom Brown': 'male',
      'Jordan Kessel': 'male',
    });
  });

  it('lets what the article states outweigh what a given name suggests', () => {
    expect(peopleOf('Mr. Mary Jones spoke.').gender.get('Mary Jones')).toBe('male');
  });

  it('learns the nouns an apposition of any kind or an age describes a person with', () => {
    const { roles } = peopleOf(
      'Jane Roe, a veteran stage actor, joined the cast.',
      'Globex’s chief executive, John Doe, disagreed.',
      'Dana Kessler, 45, lives nearby.',
      'Tom Hale, the team’s goalkeeper, left.',
    );
    expect(roles.get('Jane Roe')).toContain('actor');
    expect(roles.get('John Doe')).toContain('executive');
    expect(roles.get('Dana Kessler')).toEqual(new Set(['45-year-old']));
    expect(roles.get('Tom Hale')).toContain('goalkeeper');
  });

  it('records the roles the article gives a person, by title or apposition', () => {
    const { roles } = peopleOf('Anna Reyes, a spokeswoman for Globex, declined.', 'Analyst Dana Besecker disagreed.');
    expect(roles.get('Anna Reyes')).toEqual(new Set(['spokeswoman']));
    expect(roles.get('Dana Besecker')).toEqual(new Set(['analyst']));
  });
});

describe('resolvePerson', () => {
  const people = peopleOf(
    'President Barack Obama spoke.',
    'Mr Obama then left.',
    'Her mother, Fiona Parry, said little.',
  );

  it('gives the full name for a surname, with or without an honorific, even when it came later', () => {
    expect(resolvePerson(people, 'Obama')).toBe('Barack Obama');
    expect(resolvePerson(people, 'Mr Obama')).toBe('Barack Obama');
  });

  it('gives the full name for a given name that only one person has', () => {
    expect(resolvePerson(people, 'Fiona')).toBe('Fiona Parry');
  });

  it('returns null for a name the article never gave', () => {
    expect(resolvePerson(people, 'Webster')).toBeNull();
  });

  it('keeps apart two people who share a surname: a name given in full, and an honorific’s gender', () => {
    const family = peopleOf(
      'Tom Holt runs the depot with his daughter, Mary Ann Holt, and his son, John Tom Holt.',
      'Mr. Holt said little.',
    );
    expect(resolvePerson(family, 'Tom Holt')).toBe('Tom Holt');
    expect(resolvePerson(family, 'Holt', 'Ms.')).toBe('Mary Ann Holt');
    expect(resolvePerson(family, 'Holt', 'Mr.')).not.toBe('Mary Ann Holt');
  });
});
