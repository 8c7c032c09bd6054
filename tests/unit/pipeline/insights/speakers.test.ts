import { describe, expect, it } from 'vitest';
import { readText } from '../../../../utils/pipeline/text/document';
import { findPeople } from '../../../../utils/pipeline/insights/people';
import { Speakers } from '../../../../utils/pipeline/insights/speakers';
import { paragraphs } from '../../../helpers/dom';

/** Speakers over the paragraphs, with `companies` the businesses the company finder would know. */
function speakersOf(texts: string[], companies: string[] = []): Speakers {
  const doc = readText(paragraphs(...texts));
  return new Speakers(doc, findPeople(doc), {
    companyOf: (mention) => companies.find((c) => mention.replace(/^the\s+/i, '').startsWith(c)) ?? null,
  });
}

describe('Speakers.nameIn', () => {
  it('passes over a possessive to the name that follows it', () => {
    const text = 'President Donald Trump’s spokeswoman, Sarah Sanders, said so.';
    expect(speakersOf([text]).nameIn(0, 0, text.length, true)).toBe('Sarah Sanders');
  });

  it('keeps a possessive no one follows only for a spokesperson speaking in its name', () => {
    const spoke = 'President Donald Trump’s spokeswoman said so, as did a Globex’s spokesman.';
    expect(speakersOf([spoke], ['Globex']).nameIn(0, 0, spoke.length, true)).toBe('Donald Trump');
    expect(speakersOf([spoke], ['Globex']).nameIn(0, 0, spoke.length, false)).toBe('Globex');
    const other = 'Dana Kessler’s lawyer said so, as did Globex’s chief economist.';
    expect(speakersOf([other], ['Globex']).nameIn(0, 0, other.length, true)).toBeNull();
  });

  it('passes over a name after "a lawyer for", not after "a spokeswoman for"', () => {
    const text = 'A lawyer for Dana Kessler said so, as did a spokeswoman for Globex.';
    expect(speakersOf([text], ['Globex']).nameIn(0, 0, 30, true)).toBeNull();
    expect(speakersOf([text], ['Globex']).nameIn(0, 0, text.length, true)).toBe('Globex');
  });
});

describe('Speakers.resolvePronoun', () => {
  it('passes over the latest subject when the article gives them the other gender', () => {
    const speakers = speakersOf(['Ms. Alvarez met Mr. Kowalski on Monday.', 'Kowalski left early.', 'She stayed.']);
    expect(speakers.resolvePronoun('she', 2, 0)).toBe('Alvarez');
    expect(speakers.resolvePronoun('he', 2, 0)).toBe('Kowalski');
  });

  it('takes a person of the right gender who is not a sentence subject when no subject fits', () => {
    expect(speakersOf(['Tom Brown met Mary Jones.', 'Later that day.']).resolvePronoun('she', 1, 0)).toBe('Mary Jones');
  });

  it('takes the latest subject when nothing is known of gender, and never the one excluded', () => {
    const speakers = speakersOf(['Jordan Kessel, an analyst, spoke.', 'Dana Okafor, an economist, spoke after.']);
    expect(speakers.resolvePronoun('she', 1, 100)).toBe('Dana Okafor');
    expect(speakers.resolvePronoun('she', 1, 100, 'Dana Okafor')).toBe('Jordan Kessel');
  });
});

describe('Speakers.resolvePronoun: whom the pronoun cannot stand for', () => {
  it('passes over a name after a pronoun subject, the object of a sentence about someone else', () => {
    const speakers = speakersOf([
      'Mr. Tom Hale opened the new clinic.',
      'During the visit, he was photographed with Mr. Dan Ross at the door.',
      'Later that day.',
    ]);
    expect(speakers.resolvePronoun('he', 2, 0)).toBe('Tom Hale');
    const later = speakersOf([
      'Mr. Tom Hale opened the new clinic.',
      'Faith that the builder knew what he was doing brought Mr. Dan Ross there.',
      'Later that day.',
    ]);
    expect(later.resolvePronoun('he', 2, 0)).toBe('Dan Ross');
  });

  it('takes no one named for someone the paragraph brings in unnamed, of a kind the pronoun fits', () => {
    const speakers = speakersOf(['Jane Roe runs the school.', 'Reporters spoke to one mother, who was worried. x']);
    const offset = 'Reporters spoke to one mother, who was worried. '.length;
    expect(speakers.resolvePronoun('she', 1, offset)).toBeNull();
    expect(speakers.resolvePronoun('she', 1, 0)).toBe('Jane Roe');
    expect(
      speakersOf(['Jane Roe runs the school.', 'Reporters spoke to one father. x']).resolvePronoun('she', 1, 30),
    ).toBe('Jane Roe');
    const quoted = '“We see it from a teacher’s point of view,” she said.';
    expect(speakersOf(['Jane Roe runs the school.', quoted]).resolvePronoun('she', 1, quoted.length - 10)).toBe(
      'Jane Roe',
    );
  });
});

describe('Speakers.resolvePronoun: it and they', () => {
  it('takes "it" for the latest organisation and "they" for no one', () => {
    const speakers = speakersOf(['Globex Inc. and its lawyers met the regulators.', 'Later that day.'], ['Globex']);
    expect(speakers.resolvePronoun('it', 1, 0)).toBe('Globex');
    expect(speakers.resolvePronoun('they', 1, 0)).toBeNull();
  });
});

describe('Speakers.resolveReference', () => {
  const speakers = speakersOf(
    [
      'Globex cut 300 jobs, said Anna Reyes, a spokeswoman for Globex.',
      'The Food Standards Agency looked into it.',
      'the company said / the agency said / the spokeswoman said / the companies said',
    ],
    ['Globex'],
  );

  it('takes "the company" for the latest business, passing over public bodies', () => {
    expect(speakers.resolveReference(2, 'Later, the company', 0)).toBe('Globex');
  });

  it('takes "the agency" for the latest organisation of any kind', () => {
    expect(speakers.resolveReference(2, 'the agency', 0)).toBe('Food Standards Agency');
  });

  it('takes "the spokeswoman" for the person the article gave that role', () => {
    expect(speakers.resolveReference(2, 'the spokeswoman', 0)).toBe('Anna Reyes');
  });

  it('takes no plural and no bare noun for a reference', () => {
    expect(speakers.resolveReference(2, 'the companies', 0)).toBeNull();
    expect(speakers.resolveReference(2, 'company', 0)).toBeNull();
  });
});

describe('Speakers.resolveReference: a person described by a noun', () => {
  it('takes "the actor" for the person the article described so, though someone else spoke since', () => {
    const speakers = speakersOf([
      'Jane Roe, a veteran stage actor, joined the cast.',
      'Tom Hale, the director, said filming starts soon.',
      'said the actor / the 45-year-old',
    ]);
    expect(speakers.resolveReference(2, 'the actor', 0)).toBe('Jane Roe');
  });

  it('takes an age for the person given it, and "the senator" for the one titled so', () => {
    const speakers = speakersOf(['Dana Kessler, 45, met Sen. John Doe.', 'Later that day.']);
    expect(speakers.resolveReference(1, 'the 45-year-old', 0)).toBe('Dana Kessler');
    expect(speakers.resolveReference(1, 'the senator', 0)).toBe('John Doe');
  });

  it('takes a person noun the article never used for the person it is about, as a pronoun would be', () => {
    const speakers = speakersOf(['Jane Roe starred in three films last year.', 'Later that day.']);
    expect(speakers.resolveReference(1, 'the actress previously', 0)).toBe('Jane Roe');
    expect(speakers.resolveReference(1, 'the weather', 0)).toBeNull();
  });

  it('takes no one when someone of that kind came in without a name', () => {
    const speakers = speakersOf(['Jane Roe was hurt in the crash.', 'A doctor on the scene tried to help her.', 'x']);
    expect(speakers.resolveReference(2, 'the doctor', 0)).toBeNull();
  });
});

describe('Speakers.endsOnPerson', () => {
  it('gives the person a paragraph ends on, by name or pronoun, and null for anything else', () => {
    const speakers = speakersOf([
      'President Barack Obama flew to Nairobi. However, he defended the visit.',
      'Zentor raised money last year.',
    ]);
    expect(speakers.endsOnPerson(0)).toBe('Barack Obama');
    expect(speakers.endsOnPerson(1)).toBeNull();
  });
});

describe('Speakers.subjectAt', () => {
  it('gives the sentence subject, and passes over an organisation when asked for a person', () => {
    const speakers = speakersOf(['The Food Standards Agency told Anna Reyes it was a danger.']);
    expect(speakers.subjectAt(0, 50)).toBe('Food Standards Agency');
    expect(speakers.subjectAt(0, 50, true)).toBe('Anna Reyes');
  });
});

describe('Speakers.personAt', () => {
  it('gives a person named right at the offset, not one named further on', () => {
    const speakers = speakersOf(['x Mark Webster, an editor, and then Anna Reyes, a spokeswoman.']);
    expect(speakers.personAt(0, 1, 60)).toBe('Mark Webster');
    expect(speakers.personAt(0, 20, 60)).toBeNull();
  });
});
