import { describe, expect, it } from 'vitest';
import { readText } from '../../../../utils/pipeline/text/document';
import { findPeople } from '../../../../utils/pipeline/insights/people';
import { findCompanies } from '../../../../utils/pipeline/insights/companies';
import { paragraphs } from '../../../helpers/dom';

function companiesOf(...texts: string[]) {
  const doc = readText(paragraphs(...texts));
  return findCompanies(doc, findPeople(doc));
}
const namesOf = (...texts: string[]) => companiesOf(...texts).companies.map((c) => c.name);

describe('findCompanies', () => {
  it('takes a name with a legal suffix, and shows it without the suffix', () => {
    expect(namesOf('The contract went to Huawei Technologies Co. last year.')).toEqual(['Huawei Technologies']);
  });

  it('takes names from the cues around them', () => {
    expect(namesOf('Shares of Zorblax fell 3%.')).toEqual(['Zorblax']);
    expect(namesOf('Matt Maley, equity strategist at Miller Tabak, was cautious.')).toEqual(['Miller Tabak']);
    expect(namesOf('InfoNation, a Sugar Land-based provider of automobile data, said so.')).toEqual(['InfoNation']);
    expect(namesOf('In a note, Jefferies analyst Jonathan Matuszewski was upbeat.')).toEqual(['Jefferies']);
    expect(namesOf('Prices matched those at Kroger-owned QFC stores.')).toContain('QFC');
  });

  it('takes where a thing is sold at a price, and what a seller offers', () => {
    expect(namesOf('The Zorblax Pad costs $99 at Quibblemart this week.')).toEqual(['Quibblemart']);
    expect(
      namesOf('Today, Quibblenet is offering the pad for less.', 'For now, Quibblenet offers free delivery.'),
    ).toEqual(['Quibblenet']);
    expect(namesOf('Today, Jo Reyes is offering advice.', 'For now, Quibblenet is late.')).toEqual([]);
    expect(namesOf('The Zorblax Pad is a fine tablet.', 'Get it on Quibblemart for less.')).toEqual(['Quibblemart']);
    expect(namesOf('You can buy one now at Quibblemart.')).toEqual(['Quibblemart']);
    expect(namesOf('The pad is now available at Quibblemart.')).toEqual(['Quibblemart']);
    expect(namesOf('The film is now available on QVX and ZVQ.')).toEqual([]);
  });

  it('takes a portfolio and a collaboration as business cues', () => {
    expect(namesOf('The tool joins Zorblax Health’s portfolio of products.')).toEqual(['Zorblax Health']);
    expect(namesOf('Its patents stay in the so-called Quibble portfolio.')).toEqual([]);
    expect(namesOf('We are pleased with our collaboration with Quibble.')).toEqual(['Quibble']);
  });

  it('never lists what the gazetteer knows is no business, whatever the cue', () => {
    expect(namesOf('On Monday, Amnesty International, a group that tracks abuses, said so.')).toEqual([]);
    expect(namesOf('Medicaid, a programme run by the states, and Zorblax Inc. paid.')).toEqual(['Zorblax']);
  });

  it('lets a name the gazetteer knows outweigh a word that mostly names no business', () => {
    expect(namesOf('In March, Western Union shipped new cards.')).toEqual(['Western Union']);
    expect(namesOf('In March, Zorblax Union shipped new cards.')).toEqual([]);
    expect(namesOf('Shares of Epic Games fell.', 'Shares of Zorblax Games fell.')).toEqual(['Epic Games']);
  });

  it('takes a name the gazetteer knows on one cue more, not on its own', () => {
    expect(namesOf('In March, Airbus shipped 60 jets.')).toEqual(['Airbus']);
    expect(namesOf('They met at a cafe on Westlake in the rain.')).toEqual([]);
  });

  it('takes a known name that opens every sentence naming it, but not an ordinary word that does', () => {
    expect(namesOf('T-Mobile shares rose 2%.', 'T-Mobile said it would cut prices.')).toEqual(['T-Mobile']);
    expect(namesOf('Target shares rose 2%.', 'Target said it would cut prices.')).toEqual([]);
  });

  it('takes a name shaped like no ordinary word at the start of a sentence', () => {
    expect(namesOf('ZorbLax shares rose 2%.')).toEqual(['ZorbLax']);
    expect(namesOf('Zorblax shares rose 2%.')).toEqual([]);
  });

  it('lists no initials the article also writes as a plural, whatever the cue', () => {
    expect(namesOf('Dealers sold cars, trucks and ZVXs.', 'ZVX sales are down 2.6 percent.')).toEqual([]);
    expect(namesOf('ZVX sales are down 2.6 percent.', 'ZVX shares fell.')).toEqual(['ZVX']);
  });

  it('takes no part of a business as one when the role is at the business after it', () => {
    expect(namesOf('Jo Reyes, vice president of Quibble Programs at Zorblax Inc., said so.')).toEqual(['Zorblax']);
    expect(namesOf('Jo Reyes, vice president of Quibble Programs, said so.')).toEqual(['Quibble Programs']);
  });

  it('takes no person someone works for as a business', () => {
    expect(namesOf('The memo came from the staff of Dan Reyes on Tuesday.')).toEqual([]);
    expect(namesOf('Jo Reyes, a strategist at Dan Quibble, was upbeat.')).toEqual(['Dan Quibble']);
  });

  it('takes where someone works as a business, unless it is a public body', () => {
    expect(namesOf('Jo Reyes, who works at Quibble Paint Shop, heard the shots.')).toEqual(['Quibble Paint Shop']);
    expect(namesOf('Jo Reyes, who works at Quibble University, heard the shots.')).toEqual([]);
  });

  it('takes a name set between commas after a business or a shop', () => {
    expect(namesOf('Police searched the restaurant, Quibble Fried Chicken, on Monday.')).toEqual([
      'Quibble Fried Chicken',
    ]);
    expect(namesOf('Police searched the restaurant, Quibble Fried Chicken and the flat.')).toEqual([]);
    expect(namesOf('Police searched the area, Quibble Fried Chicken, on Monday.')).toEqual([]);
  });

  it('reads an apposition only up to its verb', () => {
    expect(namesOf('As with the Zorblax QX, the new model has both the brand’s screens and a bigger battery.')).toEqual(
      [],
    );
    expect(namesOf('Zorblax QX, the brand that makes the screens, said so.')).toEqual(['Zorblax QX']);
  });

  it('lists no name set beside what a body, an operation or a place is called', () => {
    expect(namesOf('Jo Reyes, a spokesperson for Zorblax Resolve, the military operation there, said so.')).toEqual([]);
    expect(namesOf('Quibble Labs, the regulator that oversees the company, said so.')).toEqual([]);
    expect(namesOf('Quibble Labs, the company the regulator oversees, said so.')).toEqual(['Quibble Labs']);
  });

  it('takes the users and accounts of a platform as a cue', () => {
    expect(namesOf('Hackers stole half a billion Zorblax accounts.')).toEqual(['Zorblax']);
  });

  it('reads initials written with full stops as the name they spell', () => {
    expect(namesOf('The chip I.B.M. announced on Tuesday is faster.')).toEqual(['I.B.M.']);
    expect(namesOf('The chip Q.X.Z. announced on Tuesday is faster.')).toEqual([]);
  });

  it('takes the known owner of a business named after it', () => {
    expect(namesOf('A tour of SoftBank’s Zorblax Labs drew crowds.')).toEqual(['SoftBank', 'Zorblax Labs']);
    expect(namesOf('A tour of SoftBank’s old lab drew crowds.')).toEqual([]);
  });

  it('keeps a known short name apart from a longer name it begins', () => {
    const { companies } = companiesOf(
      'Walt Disney Co. shares rose.',
      'The Disney Channel aired a film.',
      'Disney said its parks were full.',
    );
    expect(companies.map((c) => [c.name, c.mentions])).toEqual([['Walt Disney', 2]]);
    expect(namesOf('Shares of Apple fell.', 'The Apple Pencil costs $99.')).toEqual(['Apple']);
  });

  it('takes a business named after a person when a cue says so, and its short form with it', () => {
    const { companies } = companiesOf('Shares of Charles Schwab rose 2% on Monday.', 'Schwab said it would cut fees.');
    expect(companies.map((c) => [c.name, c.mentions, c.aliases])).toEqual([['Charles Schwab', 2, ['Schwab']]]);
    expect(namesOf('Charles Schwab founded a brokerage in 1971.', 'Schwab said he liked it.')).toEqual([]);
  });

  it('reads a known name as short for the same name with a business head after it', () => {
    const { companies } = companiesOf('Shares of Yamaha Motor Co. rose.', 'Yamaha said it would hire.');
    expect(companies.map((c) => [c.name, c.mentions])).toEqual([['Yamaha Motor', 2]]);
  });

  it('keeps a group apart from a longer name it begins: it owns that business', () => {
    const { companies } = companiesOf(
      'Zorblax Solar Cells Ltd. makes panels.',
      'Its owner, Zorblax Holdings, said it would list shares of Zorblax Solar Cells.',
    );
    expect(companies.map((c) => [c.name, c.mentions])).toEqual([
      ['Zorblax Solar Cells', 2],
      ['Zorblax Holdings', 1],
    ]);
  });

  it('merges initials into the one name they spell', () => {
    const { companies } = companiesOf('Shares of Zorblax Quibble Motors Co. rose.', 'ZQM said it would hire.');
    expect(companies.map((c) => [c.name, c.mentions])).toEqual([['Zorblax Quibble Motors', 2]]);
    const two = companiesOf('Shares of Zorblax Quibble Inc. and Zeta Quux Inc. rose.', 'Shares of ZQ fell.');
    expect(two.companies.map((c) => c.name)).toEqual(['Zorblax Quibble', 'Zeta Quux', 'ZQ']);
  });

  it('merges the forms the gazetteer knows as one company', () => {
    const { companies } = companiesOf('Shares of Allied Irish Banks fell.', 'AIB said it would hire.');
    expect(companies.map((c) => [c.name, c.mentions, c.aliases])).toEqual([['Allied Irish Banks', 2, ['AIB']]]);
  });

  it('counts no mention in a caption, and points to the first one in the text', () => {
    const [caption, ...body] = paragraphs(
      'Zorblax Inc. staff at the plant in March.',
      'Demand slowed this year.',
      'Shares of Zorblax fell 3%.',
    );
    const doc = readText([{ ...caption!, role: 'caption' }, ...body]);
    expect(findCompanies(doc, findPeople(doc)).companies).toEqual([
      expect.objectContaining({ name: 'Zorblax', mentions: 1, paragraphId: 'p3' }),
    ]);
  });

  it('keeps the "&" of a name', () => {
    expect(namesOf('Analysts at Procter & Gamble Co. were upbeat.')).toEqual(['Procter & Gamble']);
    expect(namesOf('Shares of PG&E fell after the fire.')).toEqual(['PG&E']);
  });

  it('merges a plural spelling and a shortened last word into the full name', () => {
    const { companies } = companiesOf(
      'Zorblax Airline shares fell. Zorblax Airlines said so.',
      'Walt Quibble Co. shares rose. Quibble said the parks were full.',
    );
    expect(companies.map((c) => [c.name, c.mentions])).toEqual([
      ['Zorblax Airline', 2],
      ['Walt Quibble', 2],
    ]);
  });

  it('merges a web address into the name it spells', () => {
    const { companies } = companiesOf('Shares of Zorblax fell.', 'Zorblax.com said its traffic rose.');
    expect(companies.map((c) => [c.name, c.mentions])).toEqual([['Zorblax', 2]]);
  });

  it('merges no business head alone into a name it ends', () => {
    const { companies } = companiesOf('Shares of Zorblax Beauty fell.', 'Beauty is a big business.');
    expect(companies.map((c) => [c.name, c.mentions, c.aliases])).toEqual([['Zorblax Beauty', 1, []]]);
  });

  it('shows a known name with the possessive that is part of it', () => {
    const { companies } = companiesOf('Shares of Zorblax and rival Dillard’s fell.');
    expect(companies.map((c) => [c.name, c.aliases])).toEqual([
      ['Zorblax', []],
      ["Dillard's", []],
    ]);
  });

  it('names a business by its short form, not by a product that begins with it', () => {
    const { companies } = companiesOf(
      'Shares of Zorblax fell, and Zorblax said it would build more.',
      'Nurses carry the Zorblax Myco 2 on shift.',
      'Dealers sold cars and QXVs. The Quibble Roamer QXV is its first.',
      'Quibble said in a statement it was pleased. Shares of Quibble rose.',
    );
    expect(companies.map((c) => [c.name, c.mentions])).toEqual([
      ['Zorblax', 2],
      ['Quibble', 2],
    ]);
  });

  it('lets one name vouch for the others listed with it', () => {
    const names = namesOf('NASA picked Blue Origin, Sierra Nevada Corp. and Astrobotic to build landers.');
    expect(names).toEqual(expect.arrayContaining(['Blue Origin', 'Sierra Nevada', 'Astrobotic']));
    expect(names).not.toContain('NASA');
  });

  it('merges a short form into the full name and counts every mention', () => {
    const { companies } = companiesOf(
      'Ant Group is a private company.',
      "Ant said its shares would list. Ant's Alipay grew.",
    );
    expect(companies).toHaveLength(1);
    expect(companies[0]).toMatchObject({ name: 'Ant Group', mentions: 3, aliases: ['Ant'], paragraphId: 'p1' });
  });

  it('keeps a regional business apart from its parent', () => {
    const names = namesOf('Yahoo Japan shares rose.', 'Verizon Communications bought Yahoo last year.');
    expect(names).toEqual(expect.arrayContaining(['Yahoo Japan', 'Yahoo', 'Verizon Communications']));
  });

  it('resolves a mention to its company', () => {
    const { companyOf } = companiesOf('Ant Group Co. said so.', "Ant's shares fell.");
    expect(companyOf("Ant's")).toBe('Ant Group');
    expect(companyOf('Nobody')).toBeNull();
  });

  it('lists no person, place, agency, government or university', () => {
    const names = namesOf(
      'Commerce Secretary Wilbur Ross said the Commerce Department and NASA agreed.',
      'Shares of companies in Beijing fell, said Graham Webster of Stanford University.',
      'The Federal Reserve and the European Union said Washington should act.',
      'Ceres Robotics, Palo Alto, California, won.',
    );
    expect(names).toEqual(['Ceres Robotics']);
  });

  it('lists no state code after a town', () => {
    expect(namesOf('Shares of Zorblax Inc. rose in Atlanta, GA on Monday.')).toEqual(['Zorblax']);
    expect(namesOf('Shares of Zorblax Inc. and QX rose.')).toEqual(['Zorblax', 'QX']);
  });

  it('lists no part of a place, nor a region named by its side', () => {
    expect(namesOf('Jo Reyes, deputy director of Upper Egypt’s health office, said so.')).toEqual([]);
    expect(namesOf('Rockets fell on the South Bank on Tuesday.')).toEqual([]);
    expect(namesOf('Jo Reyes, deputy director of Northern Zorblax, said so.')).toEqual(['Northern Zorblax']);
  });

  it('lists no name given an age, nor any name ending in its last word', () => {
    expect(
      namesOf(
        'Shares of the Quibble-owned firm fell, and Dax Quibble’s Zorblax Holdings lost too.',
        'Quibble, 41, who runs it, declined to comment.',
      ),
    ).toEqual(['Zorblax Holdings']);
    expect(namesOf('Shares of the Quibble-owned firm fell.', 'In 2019, 41 of them left.')).toEqual(['Quibble']);
  });

  it('folds a product named after its maker into the maker', () => {
    expect(namesOf('Shares of Zorblax rose.', 'The Zorblax Pad app won new users.')).toEqual(['Zorblax']);
    expect(namesOf('The Samsung Quibbleview app won new users.')).toEqual(['Samsung']);
    expect(
      namesOf('Shares of Zorblax rose.', 'The Zorblax Quibbleview app won users.', 'Quibbleview app users rose.'),
    ).toEqual(['Zorblax']);
  });

  it('keeps a name after its maker that has evidence of a business, a business head or a founder', () => {
    expect(namesOf('Shares of Zorblax rose.', 'Shares of Zorblax Quibbleco fell.')).toContain('Zorblax Quibbleco');
    expect(namesOf('Shares of Zorblax rose.', 'The Zorblax Energy app won new users.')).toContain('Zorblax Energy');
    expect(namesOf('Shares of Zorblax rose.', 'The Zorblax Martin app won new users.')).toContain('Zorblax Martin');
    expect(namesOf('Shares of Zorblax rose.', 'Makers including Quibbleco and Zorblax Cells cut prices.')).toContain(
      'Zorblax Cells',
    );
  });

  it('takes a business head after a name, not after ordinary words alone', () => {
    expect(namesOf('In March, Zorblax Energy cut prices.')).toEqual(['Zorblax Energy']);
    expect(namesOf('Overnight Energy: lawmakers spar over a bill.')).toEqual([]);
    expect(namesOf('Shares of Global Partners rose.')).toEqual(['Global Partners']);
  });

  it('reads the head of a name with "of" before it', () => {
    expect(namesOf('In March, Bank of Zorblax cut rates.')).toEqual(['Bank of Zorblax']);
    expect(namesOf('It is in the Handbook of Quibble Systems, a guide.')).toEqual([]);
  });

  it("takes no head of a place for a business without another cue: it may be the place's central bank", () => {
    expect(namesOf('In March, the Bank of Canada cut rates.')).toEqual([]);
    expect(namesOf('In March, the Bank of Canada, a lender, cut rates.')).toEqual(['Bank of Canada']);
  });

  it('takes a list with two names the gazetteer knows as a list of businesses, and no person in it', () => {
    expect(namesOf('Last year Zorbco, Instacart and Ulta cut prices.')).toEqual(['Zorbco', 'Instacart', 'Ulta']);
    expect(namesOf('Last year Zorbco and Ulta cut prices.')).toEqual([]);
    expect(namesOf('Last year Jo Reyes, Instacart and Ulta cut prices.')).toEqual(['Instacart', 'Ulta']);
  });

  it('leaves a thing made by a name out of the list it stands in', () => {
    expect(namesOf('It beat Instacart and Ulta, Zorbix from Wyze, and more.')).toEqual(['Instacart', 'Ulta']);
  });

  it('lists no name for the holders of an office, whatever the cue', () => {
    expect(namesOf('Jo Reyes, chairman of the Joint Chiefs of Quibble, spoke.')).toEqual([]);
    expect(namesOf('Jo Reyes, chairman of Zorblax Partners, spoke.')).toEqual(['Zorblax Partners']);
  });

  it('joins no word written after "the" to a longer name written without', () => {
    const found = companiesOf('Shares of Zorb Express rose.', 'It flew to the Zorb in May.').companies;
    expect(found).toEqual([expect.objectContaining({ name: 'Zorb Express', mentions: 1, aliases: [] })]);
    expect(companiesOf('It joined the Zorb Journal, a publisher.', 'The Zorb said so.').companies).toEqual([
      expect.objectContaining({ name: 'Zorb Journal', mentions: 2 }),
    ]);
    expect(companiesOf('Shares of Zorb Express rose.', 'Zorb said so.').companies[0]!.mentions).toBe(2);
  });

  it('reads no apposition after a name that a phrase opening the sentence ends with', () => {
    expect(namesOf('With Zorblax Move, the company built a speaker.')).toEqual([]);
    expect(namesOf('Zorblax, the company behind the speaker, grew.')).toEqual(['Zorblax']);
  });

  it('lists a name written with "’s" in a list, not one that owns the noun after it', () => {
    expect(namesOf('Its rivals Zorbco, Quibble’s and Orbix fell.')).toEqual(['Zorbco', 'Quibble', 'Orbix']);
    expect(namesOf('Its rivals Zorbco and Quibble’s Orbix fell.')).toEqual(['Zorbco']);
  });

  it('reads a two-word name then only its last word, all the evidence the last word’s, as a person', () => {
    const names = namesOf(
      'A fight pits Zorbix Quibble against the label.',
      'The label sued Orbco, Quibble and Zorbco Inc.',
    );
    expect(names).toContain('Zorbco');
    expect(names).not.toContain('Quibble');
    expect(names).not.toContain('Zorbix Quibble');
    expect(namesOf('Shares of Zorbix Quibble rose.', 'Later, Quibble shares fell.')).toEqual(['Zorbix Quibble']);
  });

  it('rules out initials the article spells out as a public body, union or school', () => {
    expect(
      namesOf(
        'The National Quibble Employees Union sued.',
        'NQEU president Jo Reyes said the NQEU would fight.',
        'The Canadian Zorblax Association said prices rose.',
        "CZA's chief economist Sam Lee said so.",
      ),
    ).toEqual([]);
    // Named for its last word, not for the "League" in it: the initials stay a business's.
    expect(namesOf('Zorblax League Gaming runs the finals.', 'ZLG CEO Jo Reyes was pleased.')).toEqual(['ZLG']);
  });

  it('rules out a name the prose calls a watchdog, think tank or union, in every mention', () => {
    expect(
      namesOf(
        'Records of Jo Reyes, a reporter for the liberal watchdog group Quibble Matters, were sought.',
        'Quibble Matters CEO Jo Reyes said so.',
      ),
    ).toEqual([]);
    expect(namesOf('Sam Lee, chairman of the Zorbian Monetary and Financial Policy Forum think tank, spoke.')).toEqual(
      [],
    );
    expect(namesOf('Jo Reyes, a reporter for the advocacy firm Quibble Matters, spoke.')).toEqual(['Quibble Matters']);
  });

  it('rules out a military command, whoever works at it', () => {
    expect(
      namesOf('A spokesperson at Zorbian Mobility Command said so.', 'A Zorbian Mobility spokesperson agreed.'),
    ).toEqual([]);
  });

  it('rules out a site on a domain only public bodies hold', () => {
    expect(namesOf('Its posts are on Facebook, Twitter and Zorblax.gov.')).toEqual(['Facebook', 'Twitter']);
  });

  it('takes no adverb opening the sentence into the known name after it', () => {
    expect(namesOf('Eventually T-Mobile expanded the idea to video.', 'T-Mobile CEO Jo Reyes defended it.')).toEqual([
      'T-Mobile',
    ]);
  });

  it('takes a legal form the tokenizer leaves apart after a comma, but no state code', () => {
    expect(namesOf('It was signed by Sam Lee, a treasurer for Quibble Stations, Inc., a division.')).toEqual([
      'Quibble Stations',
    ]);
    expect(namesOf('Test sites: Quibble Butte, CO, and Zorb Range, UT.')).toEqual([]);
  });

  it('takes the business before a role written after it', () => {
    expect(namesOf('Jim Cantrell, Zorblax Space Systems CEO and a founding member, said so.')).toEqual([
      'Zorblax Space Systems',
    ]);
  });

  it('takes where a role is held in a list line of name, role and business', () => {
    expect(
      namesOf(
        'Jay Pelham, president, Quibblebank',
        'Donna Abood, principal and managing director, Zorvex Young',
        'Elaine Lee, president, Council for Quibble Change',
      ),
    ).toEqual(['Quibblebank', 'Zorvex Young']);
  });

  it('reads ordinary words before a role as part of its title, not as a business', () => {
    expect(namesOf('But Quibble’s Senior Content Director Jo Reyes stated it.')).toEqual(['Quibble']);
    expect(namesOf('Then General Electric CEO Jo Reyes agreed.')).toEqual(['General Electric']);
    expect(namesOf('Embattled President Jo Reyes, however, did note it.')).toEqual([]);
  });

  it('joins a short form to the longer name the article names most', () => {
    expect(
      namesOf(
        'Zorb News CEO Jo Reyes said so.',
        'Zorb News shares rose.',
        'The check came from Zorb Television Stations, Inc., a division.',
        'Zorb said it would not comment.',
      ),
    ).toEqual(['Zorb News', 'Zorb Television Stations']);
  });

  it('reads a health or school system as a public body', () => {
    expect(namesOf('Sam Lee, chief executive of Quibble Healthcare System, said so.')).toEqual([]);
  });

  it('takes a name in apposition to a rival or a business that closes the sentence', () => {
    expect(namesOf('The client took its business to a European competitor, Quibblespace.')).toEqual(['Quibblespace']);
  });

  it('takes shareholders of a name as a cue', () => {
    expect(namesOf('The executives and shareholders of Zorbfox must reflect.')).toEqual(['Zorbfox']);
  });

  it('reads a number and a capital as a technology, not a name', () => {
    expect(namesOf('Zorblax Inc., Quibblecom Inc. and 5G dominate the show.')).toEqual(['Zorblax', 'Quibblecom']);
  });

  it('keeps the legal form that a name without it would be an ordinary word', () => {
    expect(namesOf('At Quibble Corp., he behaved badly.', 'A former News Corp. executive said so.')).toEqual([
      'Quibble',
      'News Corp.',
    ]);
  });

  it('reads a word for a cause’s adherents as people, not an organisation', () => {
    expect(namesOf('Zorblax Inc., Quibble Corp. and Zorbiteers backed the plan.')).toEqual(['Zorblax', 'Quibble']);
  });

  it('takes an ordinary word written with a capital before a company title as a business', () => {
    const [hammer] = companiesOf(
      'Messages arrive via Hammer, the work app.',
      'But Hammer’s Senior Content Director Jo Reyes explained it.',
      'Hammer is fine.',
    ).companies;
    expect(hammer).toMatchObject({ name: 'Hammer', mentions: 2 });
    expect(namesOf('Ask Reyes’s former campaign manager about it.')).toEqual([]);
  });

  it('lists nothing for an article that names no business', () => {
    expect(namesOf('The river rose overnight.', 'Residents of the town were told to leave by Sunday.')).toEqual([]);
  });
});
