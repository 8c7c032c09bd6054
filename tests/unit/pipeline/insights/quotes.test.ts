import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../../utils/pipeline/insights';
import { findQuoteSpans } from '../../../../utils/pipeline/insights/quote-marks';
import { paragraphs } from '../../../helpers/dom';
import type { Paragraph } from '../../../../utils/pipeline/types';

const quotesOf = (...texts: string[]) =>
  analyzeText({ paragraphs: paragraphs(...texts) }).quotes.map((q) => [q.text, q.speaker]);

describe('findQuoteSpans', () => {
  it('reads curly, straight and guillemet marks, and mixed curly-straight pairs', () => {
    expect(findQuoteSpans('“One two,” he said. "Three four." «Five six»').map((q) => q.text)).toEqual([
      'One two',
      'Three four.',
      'Five six',
    ]);
    expect(findQuoteSpans('“Our results were fine," Menear said.')[0]).toMatchObject({
      text: 'Our results were fine',
      unclosed: false,
    });
  });

  it('closes a double quote at a pair of right single marks', () => {
    const text = '“It was an attempt to mislead,’’ Dana Roe told the paper. “It was wrong.”';
    expect(findQuoteSpans(text).map((q) => q.text)).toEqual(['It was an attempt to mislead', 'It was wrong.']);
    expect(findQuoteSpans(text)[0]!.close).toBe(text.indexOf(' Dana'));
  });

  it('marks a quote that runs on past the paragraph', () => {
    expect(findQuoteSpans('“It went on and on.')[0]).toMatchObject({ unclosed: true });
  });

  it('does not take apostrophes or inch marks for quotes', () => {
    expect(findQuoteSpans('It’s the companies’ results on a 12" screen.')).toEqual([]);
  });
});

describe('findQuotes', () => {
  it('finds the speaker after the quote, by name or title, in full', () => {
    expect(
      quotesOf(
        'Graham Webster, an editor at Stanford, studies policy.',
        '“There is a lot of power in the state,” Webster said.',
        '"We stand with the President on this," Commerce Secretary Wilbur Ross said in a statement.',
        '"The lander will be ready in good time," said Brent Sherwood, vice president at Blue Origin.',
      ),
    ).toEqual([
      ['There is a lot of power in the state', 'Graham Webster'],
      ['We stand with the President on this', 'Wilbur Ross'],
      ['The lander will be ready in good time', 'Brent Sherwood'],
    ]);
  });

  it('finds the speaker before the quote, and after "according to"', () => {
    expect(
      quotesOf(
        'Analyst Jane Okafor said: “Margins will shrink again next year.”',
        'According to Tom Forte, "prices are falling across the store."',
      ),
    ).toEqual([
      ['Margins will shrink again next year.', 'Jane Okafor'],
      ['prices are falling across the store.', 'Tom Forte'],
    ]);
  });

  it('reads "comments" and "reiterated" as speech verbs, but not "comments" alone as a clause', () => {
    expect(
      quotesOf(
        '“We changed the whole design of the craft,” comments Dana Roe of the agency.',
        'Tom Hale reiterated: “The plan stays as it is for now.”',
        '“The design is final and will not change,” the comments on the forum read.',
      ).map(([, speaker]) => speaker),
    ).toEqual(['Dana Roe', 'Tom Hale', null]);
  });

  it('takes a verb with a "that" clause after a quote closed by a full stop for a new sentence', () => {
    expect(
      quotesOf(
        '“I visited him at home with our parents,” Dale Roe wrote. “We went to an old steakhouse downtown.” Mary Roe added that the letters he wrote were “kind and loving.”',
      ).map(([, speaker]) => speaker),
    ).toEqual(['Dale Roe', 'Dale Roe', 'Mary Roe']);
  });

  it('gives both halves of a split quote to one speaker', () => {
    expect(
      quotesOf(
        '“The end of the year is busy,” Jessica Caldwell, an analyst at Edmunds, said. “Shoppers can wait for deals.”',
      ),
    ).toEqual([
      ['The end of the year is busy', 'Jessica Caldwell'],
      ['Shoppers can wait for deals.', 'Jessica Caldwell'],
    ]);
  });

  it('carries a speaker over a quote that runs on over paragraphs', () => {
    expect(
      quotesOf(
        '“The drug was in her system and there was no cure,” her mother, Fiona Parry, said.',
        '“As she deteriorated, the staff did all they could.',
        '“She was literally burning up from within.”',
      ).map(([, speaker]) => speaker),
    ).toEqual(['Fiona Parry', 'Fiona Parry', 'Fiona Parry']);
  });

  it('resolves "he" to the last person spoken of, not to the one he spoke to', () => {
    expect(
      quotesOf(
        'Apple CEO Tim Cook met Salesforce founder Marc Benioff on stage.',
        '"I love the way you keep building new things," he told Benioff.',
      ),
    ).toEqual([['I love the way you keep building new things', 'Tim Cook']]);
  });

  it('gives a company or public body as the speaker where one speaks', () => {
    expect(
      quotesOf(
        'Ant Group Co. filed papers with regulators in March, saying that it is "a private sector company run by its managers."',
        'The Food Standards Agency warned people about the pills.',
        '“We advise the public not to take any tablets,” it said in a statement.',
      ),
    ).toEqual([
      ['a private sector company run by its managers.', 'Ant Group'],
      ['We advise the public not to take any tablets', 'Food Standards Agency'],
    ]);
  });

  it('quotes a block quotation as a whole, for the person the text was about', () => {
    const paras: Paragraph[] = [
      { id: 'p1', text: 'Mark Zuckerberg said deals take time to build.', role: 'text' },
      { id: 'p2', text: 'I have been building relationships for years with the founders.', role: 'quote' },
    ];
    expect(analyzeText({ paragraphs: paras }).quotes).toEqual([
      {
        text: 'I have been building relationships for years with the founders.',
        speaker: 'Mark Zuckerberg',
        paragraphId: 'p2',
      },
    ]);
  });

  it('gives a block quotation no one when the text before it does not introduce it', () => {
    const speakersOf = (...paras: Array<[string, Paragraph['role']]>) =>
      analyzeText({ paragraphs: paras.map(([text, role], i) => ({ id: `p${i + 1}`, text, role })) }).quotes.map((q) => [
        q.paragraphId,
        q.speaker,
      ]);
    const block = 'Nobody should have to wait a year for a repair of this kind.';
    expect(speakersOf(['Ruth Calloway opened the new depot in the spring.', 'text'], [block, 'quote'])).toEqual([
      ['p2', null],
    ]);
    expect(
      speakersOf(
        ['Ruth Calloway opened the new depot in the spring.', 'text'],
        ['“We are ready for the winter,” Calloway said.', 'text'],
        [block, 'quote'],
      ),
    ).toEqual([
      ['p2', 'Ruth Calloway'],
      ['p3', null],
    ]);
    expect(
      speakersOf(
        ['Ruth Calloway opened the new depot in the spring.', 'text'],
        ['She tweeted about the delays on Friday.', 'text'],
        [block, 'quote'],
        ['Every depot in the region is short of parts and of staff.', 'quote'],
      ),
    ).toEqual([
      ['p3', 'Ruth Calloway'],
      ['p4', 'Ruth Calloway'],
    ]);
    expect(
      speakersOf(['Ruth Calloway said the depot opened late. It cost more than planned.', 'text'], [block, 'quote']),
    ).toEqual([['p2', 'Ruth Calloway']]);
  });

  it('gives a block quotation no one when a clause inside it says someone unnamed spoke', () => {
    const paras: Paragraph[] = [
      { id: 'p1', text: 'Mark Zuckerberg said deals take time to build.', role: 'text' },
      { id: 'p2', text: '“He is not above the law in any way at all,” said one legal expert.', role: 'quote' },
    ];
    expect(analyzeText({ paragraphs: paras }).quotes.map((q) => q.speaker)).toEqual([null]);
  });

  it('gives a block quotation to the name on the line that signs it, and takes that line for no quote', () => {
    const paras: Paragraph[] = [
      { id: 'p1', text: 'Dana Whitfield, the harbour master, closed the port on Monday.', role: 'text' },
      { id: 'p2', text: 'The port stays closed until the storm has passed, for everyone’s safety.', role: 'quote' },
      { id: 'p3', text: '— Northport Harbour Board (@northport) March 3, 2025', role: 'quote' },
      { id: 'p4', text: 'Ships waiting outside were told to anchor in the bay.', role: 'quote' },
      { id: 'p5', text: '— Tom Ellery, The Sea Road', role: 'quote' },
    ];
    expect(analyzeText({ paragraphs: paras }).quotes.map((q) => [q.paragraphId, q.speaker])).toEqual([
      ['p2', 'Northport Harbour Board'],
      ['p4', 'Tom Ellery'],
    ]);
  });

  it('gives a signed block quotation to the person the article named, by the name it gave', () => {
    const paras: Paragraph[] = [
      { id: 'p1', text: 'The letter was sent to Sen. Dana Whitfield on Monday.', role: 'text' },
      { id: 'p2', text: 'The port stays closed until the storm has passed, for everyone’s safety.', role: 'quote' },
      { id: 'p3', text: '— Sen. Dana Whitfield (@whitfield) March 3, 2025', role: 'quote' },
    ];
    expect(analyzeText({ paragraphs: paras }).quotes.map((q) => q.speaker)).toEqual(['Dana Whitfield']);
  });

  it('reads an attribution with a title and its full stop: "Mr. Webster said", "Sen. Warner said"', () => {
    expect(
      quotesOf(
        'Graham Webster, an editor, studies policy. Sen. Mark Warner of Virginia criticised the plan.',
        '“The state holds a lot of power,” Mr. Webster said.',
        '“This is a bad deal for consumers,” Sen. Warner said.',
      ),
    ).toEqual([
      ['The state holds a lot of power', 'Graham Webster'],
      ['This is a bad deal for consumers', 'Mark Warner'],
    ]);
  });

  it('names a speaker the article never named in full as it names them, but not an ordinary word', () => {
    expect(
      quotesOf(
        '“So, folks, please deploy more of it,” Makarov said.',
        '“We will look at the plan again,” Officials said.',
      ),
    ).toEqual([
      ['So, folks, please deploy more of it', 'Makarov'],
      ['We will look at the plan again', null],
    ]);
  });

  it('resolves "he" or "she" by the gender the article gives each person', () => {
    expect(
      quotesOf(
        'Ms. Alvarez and Mr. Kowalski met on Monday.',
        'Kowalski left early.',
        '“I expected more from the meeting today,” she said.',
      ),
    ).toEqual([['I expected more from the meeting today', 'Alvarez']]);
  });

  it('resolves a pronoun that ends the clause after a quote cut short', () => {
    expect(
      quotesOf(
        'Joe Biden spoke on Monday.',
        '“Our legal judgment is that it won’t” be struck down by a court, he told reporters.',
      ),
    ).toEqual([['Our legal judgment is that it won’t', 'Joe Biden']]);
  });

  it('resolves "the company" to the business named, and "the spokeswoman" to the person given that role', () => {
    expect(
      quotesOf(
        'Globex Inc. cut 300 jobs on Tuesday, said Anna Reyes, a spokeswoman for Globex.',
        '“We regret the impact on our staff,” the company said in a statement.',
        '“The cuts are final and we will not revisit them,” the spokeswoman said.',
      ),
    ).toEqual([
      ['We regret the impact on our staff', 'Globex'],
      ['The cuts are final and we will not revisit them', 'Anna Reyes'],
    ]);
  });

  it('resolves "said the actor" and "the 45-year-old said" to the person described so', () => {
    expect(
      quotesOf(
        'Jane Roe, a veteran stage actor, met Tom Hale, 45, the director of the play.',
        '“We rehearse every single night until midnight,” said the actor.',
        'The 45-year-old said: “The opening night is sold out already.”',
      ).map(([, speaker]) => speaker),
    ).toEqual(['Jane Roe', 'Tom Hale']);
  });

  it('reads a clause after a quote on over a title in marks inside it: the “Show” actor said', () => {
    expect(
      quotesOf(
        'Jane Roe, a veteran stage actor, joined the cast in May.',
        '“We rehearse every single night until midnight,” the “Harbour Lights” actor said on “Morning Talk.”',
      ),
    ).toEqual([['We rehearse every single night until midnight', 'Jane Roe']]);
  });

  it('takes "they" for a name the prose treats as a body, in apposition or before a plural verb', () => {
    const said = '“Any final agreement needs to be made with her management. We have no comment,” they said.';
    expect(quotesOf('The firm that runs the show, Harbour Light Productions, denies it.', said)[0]![1]).toBe(
      'Harbour Light Productions',
    );
    expect(quotesOf('Blue Anchor have twice denied doing anything wrong.', said)[0]![1]).toBe('Blue Anchor');
    expect(quotesOf('Tom Hale and Dana Holt have twice denied doing anything wrong.', said)[0]![1]).toBeNull();
  });

  it('takes no plural body for a speaker', () => {
    expect(
      quotesOf(
        'Globex Inc. and Initech Corp. settled.',
        '“We are pleased with the outcome of the case,” the companies said.',
      ),
    ).toEqual([['We are pleased with the outcome of the case', null]]);
  });

  it('takes a name and role right after a quote for its speaker when the verb is left out', () => {
    expect(
      quotesOf('“The public’s engagement has been quite amazing," Mark McCaughrean, senior science adviser for ESA.'),
    ).toEqual([['The public’s engagement has been quite amazing', 'Mark McCaughrean']]);
  });

  it('gives no speaker to words said of someone: a description or a passive "described as"', () => {
    expect(
      quotesOf(
        'Critics said Elon Musk was “acting like a reckless child about the whole thing.”',
        'Police searched for Ahmad Rahami, 28, who was described as “armed and dangerous to the public.”',
        'Congress passed a law making it “illegal to sell the tablets in any store.”',
      ),
    ).toEqual([
      ['acting like a reckless child about the whole thing.', null],
      ['armed and dangerous to the public.', null],
      ['illegal to sell the tablets in any store.', null],
    ]);
  });

  it('gives a quote-only paragraph the previous speaker only right after an attributed quote', () => {
    expect(
      quotesOf(
        '“We are ready to ship the product next week,” said Ravi Patel, the founder of Zentor.',
        '“Our customers have waited long enough for it.”',
        'Zentor raised $10 million last year from investors.',
        '“Our customers have waited long enough for this.”',
      ).map(([, speaker]) => speaker),
    ).toEqual(['Ravi Patel', 'Ravi Patel', null]);
  });

  it('hands on no earlier speaker past a quote whose own clause names no one it knows', () => {
    expect(
      quotesOf(
        '“We are ready to ship the product next week,” said Ravi Patel, the founder of Zentor.',
        'Officials said in a statement: “The permit was granted on Friday after a review.”',
        '“It covers the whole site for the next two years.”',
      ).map(([, speaker]) => speaker),
    ).toEqual(['Ravi Patel', null, null]);
  });

  it('gives a quote that is a sentence of its own the person the sentence before is about', () => {
    expect(
      quotesOf(
        'Tom Hale expects to build three rockets by 2024. “Adding a fourth one to the plan is not possible.”',
        'Rules get broken now and then, he said. “But that does not make it a crime for anyone.”',
        'The plan was approved on Monday. “It will cost far more than anyone thought.”',
        'Dana Roe’s agent told reporters it was over. “She will not sign the new deal this year.”',
      ).map(([, speaker]) => speaker),
    ).toEqual(['Tom Hale', 'Tom Hale', null, null]);
  });

  it('gives a quote-only paragraph the person the paragraph before ends on', () => {
    expect(
      quotesOf(
        'President Barack Obama flew to Nairobi. However, he defended the visit.',
        '“Well, they are not ideal institutions, but we engage with them.”',
      ),
    ).toEqual([['Well, they are not ideal institutions, but we engage with them.', 'Barack Obama']]);
  });

  it('rejects scare quotes and titles, and keeps an unattributed quote with speaker null', () => {
    expect(
      quotesOf(
        'The bill covers so-called “metadata” and a report called “The Future Of Retail Stores”.',
        'A sign in the window read “everything must go before the end of the month, no exceptions.”',
      ),
    ).toEqual([['everything must go before the end of the month, no exceptions.', null]]);
  });

  it('finds no quotes in an article without any', () => {
    expect(quotesOf('Rain fell on the city.', 'Officials closed two roads.')).toEqual([]);
  });
});

describe('findQuotes: statements', () => {
  const fired = 'Globex Corp. cut 300 jobs on Monday.';
  const words = '“We regret the decision and will support every worker,”';

  it('gives a statement’s words to its issuer, however the article names it', () => {
    expect(quotesOf(fired, `${words} the statement said.`)[0]![1]).toBe('Globex');
    expect(quotesOf(fired, `${words} read a statement from Globex.`)[0]![1]).toBe('Globex');
    expect(quotesOf(fired, `${words} the statement read.`)[0]![1]).toBe('Globex');
    expect(quotesOf(fired, `${words} the company’s statement reads.`)[0]![1]).toBe('Globex');
    expect(quotesOf(fired, `${words} the company’s statement said.`)[0]![1]).toBe('Globex');
    expect(quotesOf('Anna Reyes issued a statement on Tuesday.', fired, `${words} the statement said.`)[0]![1]).toBe(
      'Anna Reyes',
    );
  });

  it('takes the issuer from "a statement from the company" for a later "the statement said"', () => {
    const source = 'Globex Corp. cut 300 jobs, according to a statement from the company.';
    expect(quotesOf('The Food Standards Agency met on Monday.', source, `${words} the statement said.`)[0]![1]).toBe(
      'Globex',
    );
  });

  it('gives no one the words of a statement from a body the article does not name', () => {
    const crash = 'A bridge was closed on Sunday, the United States military said in a statement on Wednesday.';
    expect(quotesOf(crash, `${words} the statement said.`)[0]![1]).toBeNull();
  });

  it('takes the issuer from the phrase that opens the verb’s own clause, not a name before it', () => {
    const agency = 'The Food Standards Agency met on Monday.';
    const crash = 'A Globex Corp. warehouse was shut for checks, the agency said in a statement on Wednesday.';
    expect(quotesOf(agency, crash, `${words} the statement said.`)[0]![1]).toBe('Food Standards Agency');
  });

  it('never gives the statement’s words to the person it speaks of', () => {
    expect(
      quotesOf(
        'Anna Reyes was fired by Globex Corp. on Monday.',
        'The statement said Reyes had “failed to disclose several conflicts of interest.”',
      ),
    ).toEqual([['failed to disclose several conflicts of interest.', 'Globex']]);
  });
});

describe('findQuotes: the speaker is not whom the quote is about', () => {
  const fired = 'Anna Reyes was fired by Globex Corp. on Monday.';

  it('does not take a name after "said" for the speaker', () => {
    expect(quotesOf(fired, 'Officials said Reyes had “failed to disclose several conflicts of interest.”')).toEqual([
      ['failed to disclose several conflicts of interest.', null],
    ]);
  });

  it('does not give a person words that name them', () => {
    expect(quotesOf(fired, '“Reyes has done nothing wrong and will fight this,” the lawyer for Reyes said.')).toEqual([
      ['Reyes has done nothing wrong and will fight this', null],
    ]);
  });

  it('takes "the department" for the department named before, not the company named since', () => {
    expect(
      quotesOf(
        'The Justice Department sued Globex Corp. on Monday.',
        '“Globex broke the law for years and hid it,” the department said in a statement.',
      )[0]![1],
    ).toBe('Justice Department');
  });
});

describe('findQuotes: a name inside quote marks is spoken of, not speaking', () => {
  it('is not the sentence subject a participle’s quote goes to', () => {
    expect(
      quotesOf(
        'Marc Delaney spoke last. “Our old coach Anna Price built this club,” Delaney chimed in, telling the players, “and you carry her work every week.”',
      ).map((q) => q[1]),
    ).toEqual(['Marc Delaney', 'Marc Delaney']);
  });

  it('never takes someone named inside the quote marks before it', () => {
    expect(
      quotesOf(
        '“Mayor Mark Hollis keeps the buses running on time across the county!” Tom Brannigan posted on Monday. “Mark is the best we have had.”',
        'A second post came a week later. “Turn out at the polls on Tuesday for our whole slate,” he said.',
      ).at(-1),
    ).toEqual(['Turn out at the polls on Tuesday for our whole slate', 'Tom Brannigan']);
  });
});

describe('findQuotes: an aside between the speaker and the verb', () => {
  it('takes the person the aside describes, not a name inside it', () => {
    expect(
      quotesOf(
        'Cmdr. Peter Hollis, a spokesman for the Northern Task Force, the operation against Vandal Corps in the east, told reporters that the claim was “simply not true at all.”',
        'After meeting Tom Hale, Jane Doe, a lawyer for the families, said the deal was “a start, but only a start.”',
      ),
    ).toEqual([
      ['simply not true at all.', 'Peter Hollis'],
      ['a start, but only a start.', 'Jane Doe'],
    ]);
  });

  it('reads over an adverb between the aside and the verb: “…, once said to me,”', () => {
    expect(
      quotesOf('Dana Holt, the Chief Bridge Engineer at Globex, once said to me, “Every bridge is a promise.”')[0]![1],
    ).toBe('Dana Holt');
  });
});

describe('findQuotes: someone speaking for someone else', () => {
  const charged = 'Dana Kessler was charged on Monday.';

  it('gives a spokeswoman’s words, unnamed, to whom she speaks for', () => {
    expect(
      quotesOf(
        '“We are looking into the matter closely and will respond,” a spokeswoman for Globex Corp. said.',
        'Globex Corp.’s spokesman said the firm was “looking into the matter closely.”',
      ).map((q) => q[1]),
    ).toEqual(['Globex', 'Globex']);
  });

  it('never gives a lawyer’s words to the client', () => {
    expect(
      quotesOf(
        charged,
        '“She will fight every one of the charges in court,” a lawyer for Kessler said.',
        'Kessler’s lawyer said she was “innocent of every charge she faces.”',
      ).map((q) => q[1]),
    ).toEqual([null, null]);
  });
});

describe('findQuotes: someone an indefinite article brings in', () => {
  it('is no one named, whatever name qualifies them or whoever had their role before', () => {
    expect(
      quotesOf(
        'Dana Holt, a senior official at the port authority, opened the depot on Monday.',
        '“The depot will not pay,” a Northport Republican predicted. “Not soon.”',
        '“Costs ran over by a third,” said a Globex executive in the town of Harrow.',
        '“We kept to the budget we set,” a senior official said.',
        '“Ask the mayor about it,” a person close to the Holts said.',
        '“We are reviewing the figures,” a Globex spokeswoman said.',
      ).map((q) => q[1]),
    ).toEqual([null, null, null, null, null, 'Globex']);
  });

  it('keeps their words set off by a comma, however short', () => {
    expect(quotesOf('“Not a chance,” an Ohio Democrat said. “Never again.”').map((q) => q[0])).toEqual([
      'Not a chance',
      'Never again.',
    ]);
  });
});

describe('findQuotes: a title made of a role with a hyphen', () => {
  it('stands for the person it was given to: "the president-elect said"', () => {
    expect(
      quotesOf(
        'President-elect Dana Holt’s team named Tom Reyes, a banker, as an adviser.',
        '“He was with me from the start of it all,” the president-elect said in a statement.',
      ).map((q) => q[1]),
    ).toEqual(['Dana Holt']);
  });
});

describe('findQuotes: an organisation before a person', () => {
  it('takes the person an organisation and role qualify, not the organisation', () => {
    expect(
      quotesOf(
        '“The probe has found clear traces of water in the plume,” mission chief and ESA geologist Maria Castellano said on Friday.',
        '“The probe will fly again next year for a closer look,” ESA and Maria Castellano said.',
      ).map((q) => q[1]),
    ).toEqual(['Maria Castellano', 'ESA']);
  });
});

describe('findQuotes: titles', () => {
  it('takes a title in quotes for no one’s words, though its paragraph has a speaker', () => {
    expect(
      quotesOf(
        'Director Jane Hollis spoke about her films (“The Long Road,” “Quiet Waters”) on Monday. “It was a hard film to make but worth it,” she said.',
      ),
    ).toEqual([['It was a hard film to make but worth it', 'Jane Hollis']]);
  });

  it('takes a title after "called" for a name, though a verb attributes it', () => {
    expect(quotesOf('Tom Hale hosted a radio hour called “Garden Talk Live” on Sundays.')).toEqual([]);
  });
});

describe('findQuotes: a clause of its own that names no one', () => {
  it('gives no speaker rather than the paragraph’s, nor its sentence’s subject', () => {
    expect(
      quotesOf(
        '“We will appeal the ruling in every court we can,” Dana Kessler said. But her old teacher told Kessler that “nobody in this town ever doubted you for a day.”',
      ).map((q) => q[1]),
    ).toEqual(['Dana Kessler', null]);
  });

  it('does not take a noun that looks like a speech verb for a clause: “phone calls”', () => {
    expect(
      quotesOf(
        'According to Tom Hale, the broker “had stopped turning up at the office entirely.” She “answered fewer and fewer of our messages” and phone calls all that spring.',
      ).map((q) => q[1]),
    ).toEqual(['Tom Hale', 'Tom Hale']);
  });
});

describe('findQuotes: a name that only qualifies the speaker', () => {
  it('is not the speaker: “the team behind the survey printed in the magazine X wrote”', () => {
    expect(
      quotesOf(
        'The team behind the survey printed in the magazine Harbour Weekly wrote that the rule was “a heavy cost for small shops.”',
      ),
    ).toEqual([['a heavy cost for small shops.', null]]);
  });

  it('still is after "in what", and for a report from it', () => {
    expect(
      quotesOf(
        'The bill failed in what chairman Tom Hale described as “our slowest session in a decade.”',
        '“Freight volumes should pick up again by the spring,” said a report from Globex Corp.',
      ).map((q) => q[1]),
    ).toEqual(['Tom Hale', 'Globex']);
  });
});

describe('findQuotes: "they" for a body', () => {
  const words = '“We never stopped the tour and we never will,” they said in a statement.';

  it('takes the organisation that alone opens the sentence before', () => {
    expect(quotesOf('Globex Corp. have since rejected every part of the claim.', words)[0]![1]).toBe('Globex');
  });

  it('takes no one for two organisations, or a group', () => {
    expect(quotesOf('Globex Corp. and Initech Corp. denied it.', words)[0]![1]).toBeNull();
    expect(quotesOf('Officials at Globex Corp. denied it.', words)[0]![1]).toBeNull();
  });
});

describe('findQuotes: a name after a pronoun subject', () => {
  it('is the object, not whom a later “he” stands for', () => {
    expect(
      quotesOf(
        'Tom Hale drafted a long play. In the spring, he phoned Neil Carver about the cast. “Nobody wants a third act with forty people on stage,” he wrote.',
      ),
    ).toEqual([['Nobody wants a third act with forty people on stage', 'Tom Hale']]);
  });
});

describe('findQuotes: testimony', () => {
  it('takes "testified" for a speech verb', () => {
    expect(quotesOf('“The ledger was kept in a locked drawer every night,” Dana Holmes testified on Tuesday.')).toEqual(
      [['The ledger was kept in a locked drawer every night', 'Dana Holmes']],
    );
  });
});

describe('findQuotes: a body the article names only by description', () => {
  it('is not the organisation named before, but the body as written', () => {
    expect(
      quotesOf(
        'The Globex Corp. board met on Monday.',
        'The Ruritanian interior ministry said it “sees no need for a fresh inquiry”.',
      )[0]![1],
    ).toBe('Ruritanian interior ministry');
  });

  it('is the body named before when that bears its capitalised word', () => {
    expect(
      quotesOf(
        'The Department of Fisheries opened an inquiry on Monday.',
        'The Fisheries department said it “will publish every finding in full”.',
      )[0]![1],
    ).toBe('Department of Fisheries');
  });

  it('is the body named after a place when the place issues a statement or announces', () => {
    expect(
      quotesOf(
        'Dover said in a statement: “The new coach starts on Monday with his own staff.”',
        'Later, Dover announced it would “open the training ground to the public every Friday”.',
      ).map((q) => q[1]),
    ).toEqual(['Dover', 'Dover']);
    expect(quotesOf('Dover voters said the new coach was “the best thing to happen in years”.')[0]![1]).toBeNull();
  });
});

describe('findQuotes: a speech verb inside a clause that describes a noun', () => {
  it('is passed over for the verb of the sentence', () => {
    expect(
      quotesOf(
        'Dana Fry spoke to us in March. Dana added that her brother Tom Fry had written home, and the note Tom wrote was “warm and hopeful.”',
      ).map((q) => q[1]),
    ).toEqual(['Dana Fry']);
  });
});
