/** Word lists that tell businesses from the other organisations and names news prose mentions. */

const words = (s: string) => new Set(s.split(/\s+/).filter(Boolean));

/** Legal forms: a name ending in one of these is a business. */
export const LEGAL_SUFFIXES = words(
  'Inc Inc. Incorporated Corp Corp. Corporation Co Co. Company Ltd Ltd. Limited LLC L.L.C. PLC Plc plc AG SA S.A. NV N.V. GmbH AB ASA A/S SpA S.p.A. Bhd Pty LP LLP Group Holdings Holding',
);
/** Suffixes dropped from the name shown to the reader ("Huawei Technologies Co." -> "Huawei Technologies"). */
export const DROPPED_SUFFIXES = words(
  'Inc Inc. Incorporated Corp Corp. Co Co. Ltd Ltd. Limited LLC L.L.C. PLC Plc plc AG SA S.A. NV N.V. GmbH AB ASA A/S SpA S.p.A. Bhd Pty LP LLP',
);

/** Last words typical of business names. */
export const COMPANY_HEADS = words(
  'Technologies Technology Robotics Aerospace Airlines Airways Motors Motor Bank Bancorp Insurance Capital Securities Financial Pharmaceuticals Pharma Labs Laboratories Media Entertainment Energy Industries Enterprises Networks Software Systems Communications Telecom Telecommunications Studios Foods Brands Partners Ventures Investments Electronics Semiconductor Semiconductors Petroleum Oil Steel Mining Logistics Realty Cosmetics Apparel Stores Restaurants Hotels Resorts Cruises Airline Automotive Biotech Therapeutics Solutions Dynamics Interactive Digital Asset Management Machines Devices Instruments Chemicals Beverages Microsystems Research Consulting Advisors Associates Beauty Pharmacy Retail Bancshares',
);

/**
 * Words that make a name a government body, agency, school, party, place or event, never a
 * business, wherever they stand in it.
 */
export const NON_COMPANY_WORDS = words(
  'Department Ministry Agency Administration Commission Council Congress Senate House Parliament Party Police Government Court University College Institute School Center Centre Foundation Association Committee Bureau Office Authority Board Reserve Army Navy Force Guard Service Directorate Program Programme Project Initiative Union Nations Republic Kingdom States State City County Province Embassy Cabinet Church Hospital Museum Library Fund Organization Organisation League Federation Olympics Festival Conference Summit Award Awards Index Average Composite Street Avenue Road Square Park Island Islands River Mountain Valley Airport Station Prize Cup Championship Games Act Law Bill Treaty Protocol Report Survey Day Week Month Year Era War Revolution Festival Coalition Alliance Movement Campaign Mission Team Squad Club Society Academy Administration Region District Town Village Province Territory Municipality Secretariat Assembly Tribunal Regiment Brigade Battalion Corps Council',
);

/** Government and international bodies usually named by initials. */
export const AGENCY_ACRONYMS = words(
  'NASA FBI CIA NSA SEC FDA FTC FCC EPA DOJ DOD DoD IRS NHS EU UN NATO WHO IMF OPEC ECB Fed CDC NIH USDA DHS ICE TSA FAA NTSB DEA ATF UK US USA U.S. U.K. UAE GOP ESA ISRO CNSA FEMA OSHA NLRB CFPB FINRA OECD WTO ASEAN G7 G20 BRICS NAACP ACLU IOC FIFA UEFA NCAA NBA NFL MLB NHL PGA CCP PLA KGB MI5 MI6 GCHQ ONS BoE RBI PBOC BOJ',
);

/** Capitalised words that name no organisation: months, days, titles, demonyms, headings. */
export const NEVER_NAMES = words(
  'January February March April May June July August September October November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Advertisement Sponsored Photo Image Video Getty Images Reuters AP AFP Related Read More Also Update Updated Editor Note Source Sources',
);

/**
 * Nouns that, just before a name, say it is a business: "rival Lowe's", "beauty company Coty",
 * "Minecraft developer Mojang", "shares of Apple".
 */
export const COMPANY_CUE_BEFORE =
  /(?:\b(?:shares? of|stock of|stake in|investments? in|invest(?:ed|ing)? in|acquir(?:e|ed|es|ing)|acquisition of|buyout of|purchase of|bought|buy(?:ing)?|takeover of|merger with|merged with|partner(?:ed|ship|ing)? with|deal with|agreement with|contract with|offer from|lawsuit (?:with|against)|spun off from|subsidiary of|unit of|owned by|owner of|backed by|analysts? (?:at|from|with)|surveyed by|polled by|rivals?|competitors?|company|companies|firms?|makers?|retailers?|giants?|startups?|start-ups?|developers?|publishers?|chipmakers?|automakers?|carmakers?|airlines?|banks?|lenders?|insurers?|conglomerates?|brands?|suppliers?|providers?|vendors?|operators?|carriers?|manufacturers?|outfits?|peers?|contractors?|studios?|platforms?|chains?|businesses|corporations?)|[\p{L}\p{N}]-(?:owned|backed|controlled|listed))(?:\s*[:—–]\s*|\s+)(?:like\s+|such as\s+|including\s+)?$/iu;

/** "…, an equity strategist at Miller Tabak", "chief executive of Salesforce". */
export const ROLE_AT_BEFORE =
  /\b(?:analysts?|strategists?|economists?|executives?|officers?|ceo|cfo|coo|cto|president|chairman|chairwoman|founder|co-founder|cofounder|directors?|managers?|spokes(?:man|woman|person)|engineers?|partners?|head|employees?|workers?|staff|researchers?|vice president|chief|owner)\s+(?:at|of|for|with|from)\s+(?:the\s+)?$/i;

/** What follows a business's name: "Apple shares", "Ant said in a statement", "Salesforce founder". */
export const COMPANY_CUE_AFTER =
  /^(?:['’]s?)?\s+(?:shares?|stock|stocks|share price|stake|earnings|revenue|sales|profits?|quarterly|results|spokes(?:man|woman|person)|ceo|cfo|chief executive|chief financial|chief operating|chief technology|executives?|founder|co-founder|cofounder|chairman|chairwoman|president|analysts?|employees|customers|subscribers|shareholders|investors|headquarters|ticker|app|apps|platform|products|stores|devices|software|service|unit|subsidiary|(?:is|was) (?:a|an|the) (?:\w+\s+){0,3}(?:company|firm|maker|retailer|giant|startup|provider|developer|manufacturer|group|bank|insurer|lender|brand|operator|chain|publisher))\b|^\s*\((?:NYSE|NASDAQ|Nasdaq|LSE|TSE|HKEX|ticker|NYSEARCA|OTC)\b/i;

/**
 * What businesses do, right after their name: "Apple shipped", "Zeiss has partnered". Weaker
 * evidence than a cue above: people do some of these too.
 */
export const CORPORATE_ACT_AFTER =
  /^(?:['’]s?)?\s+(?:(?:has|have|had|also|will|is|was)\s+)?(?:shipped|ships|unveiled|unveils|launched|launches|acquired|acquires|bought|sells|sold|employs|hired|laid off|went public|listed|partnered|manufactures|makes|reported (?:\w+\s+)?(?:earnings|revenue|profit|sales|results)|reports (?:earnings|results)|posted|rebuffed|canceled|cancelled|delisted|filed for)\b/i;

/** "InfoNation, a Sugar Land-based provider of automobile data". */
export const COMPANY_APPOSITION =
  /^,\s+(?:a|an|the)\s+(?:[^,]{0,60}?\s)?(?:company|firm|maker|provider|retailer|startup|start-up|developer|manufacturer|group|giant|conglomerate|bank|insurer|lender|brand|operator|chain|publisher|subsidiary|supplier|vendor|carrier|platform|business|corporation|contractor|producer|distributor|consultancy|brokerage|exchange|fund manager|asset manager|investment firm)\b/i;

/** Roles that, before a person's name, make the words before them a business: "InfoNation President Dan McDowell". */
export const CORPORATE_ROLES =
  /^(?:ceo|cfo|coo|cto|chief|president|founder|co-founder|cofounder|chairman|chairwoman|analyst|analysts|spokes(?:man|woman|person)|executive|vice|director|manager|strategist|economist|partner|owner|engineer)\b/i;
