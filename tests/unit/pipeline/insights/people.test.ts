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
});
