// Writes maps/article.argmap.json, the showcase map Argmap opens at first launch.
// The claims below are written by hand; anchors (UTF-16 offsets) and positions are computed, so they stay exact.
//   npx tsx scripts/buildArticleMap.ts [path/to/article.txt]
// Without a path, the source text already stored in the map is reused.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { autoLayout } from '../src-shared/layout/autoLayout';
import { nodesBounds } from '../src-shared/layout/nodeSize';
import { loadMapFromValue } from '../src-shared/load/loadMap';
import {
  type Anchor,
  type ArgEdge,
  type ArgMap,
  type ArgNode,
  FORMAT_VERSION,
  NODE_KINDS,
  type NodeKind,
  type Relation,
  type TourStep,
} from '../src-shared/model/map';
import { serializeMap } from '../src-shared/model/serialize';
import { BODY_TEXT_PX, fittingZoom, STEP_MAX_ZOOM, STEP_MIN_ZOOM } from '../src-shared/present/stepFrame';

const MAP_PATH = 'maps/article.argmap.json';

/** A passage of the article: the exact text, or its first and last words when it is long. */
type Passage = string | [first: string, last: string];
type Speaker = { speaker: string; role?: string };

interface Claim {
  id: string;
  kind: NodeKind;
  text: string;
  /** The claim this one bears on; absent only for the thesis. */
  on?: string;
  /** Needed only for a quote that opposes; premises support, counterpoints and rebuttals oppose. */
  relation?: Relation;
  at?: Passage;
  says?: Speaker;
  direct?: boolean;
  notes?: string;
}

const KIM_JONG_UN: Speaker = { speaker: 'Kim Jong-un', role: 'North Korean leader' };
const KISHIDA: Speaker = { speaker: 'Fumio Kishida', role: 'Japanese Prime Minister' };
const KIM_YO_JONG: Speaker = {
  speaker: 'Kim Yo-jong',
  role: 'sister of North Korean Supreme Leader Kim Jong-un and a member of the DPRK’s State Affairs Commission',
};
const HAYASHI: Speaker = { speaker: 'Yoshimasa Hayashi', role: 'Japanese government’s chief spokesman' };
const HALL: Speaker = {
  speaker: 'Jeffrey J. Hall',
  role: 'expert on Japanese politics at Kanda University of International Studies',
};
const KIM_JONG_IL: Speaker = { speaker: 'Kim Jong Il', role: 'former North Korean leader' };
const WARD: Speaker = {
  speaker: 'Robert Ward',
  role: 'senior fellow for Japanese security studies at the International Institute for Strategic Studies in London',
};
const PAK: Speaker = { speaker: 'Jung H. Pak', role: 'US government’s deputy special envoy for the DPRK' };
const JOHNSTONE: Speaker = {
  speaker: 'Christopher Johnstone',
  role: 'former CIA and White House expert on Japan',
};
const SINGH: Speaker = { speaker: 'Sabrina Singh', role: 'Pentagon’s deputy spokesperson' };

// In the article's order, section by section. A node's kind follows its edge: a premise supports,
// a counterpoint opposes a thesis or premise, a rebuttal opposes a counterpoint.
const CLAIMS: Claim[] = [
  {
    id: 'thesis',
    kind: 'thesis',
    text: 'The recent moves of both leaders hint that reconciliation between Japan and North Korea is possible.',
    at: ['More than a month later, the moves', 'conflicting states is possible.'],
  },

  // The trigger
  {
    id: 'p-condolences',
    kind: 'premise',
    on: 'thesis',
    text: 'After Japan’s New Year’s Eve earthquake, Kim Jong-un sent Kishida an unusually conciliatory message of condolence.',
    at: ['Five days later, the North Korean leader', 'attack Japanese officials and the Japanese state.'],
  },
  {
    id: 'p-earthquake',
    kind: 'premise',
    on: 'p-condolences',
    text: 'On New Year’s Eve 2024 a powerful earthquake hit Japan’s Noto Peninsula, killing 241 people and damaging tens of thousands of homes.',
    at: ['On New Year’s Eve 2024', 'homes damaged.'],
  },
  {
    id: 'q-kim-condolences',
    kind: 'quote',
    on: 'p-condolences',
    says: KIM_JONG_UN,
    direct: true,
    text: 'deep sympathy and condolences',
    at: ['Kim expressed his', 'families of the victims.'],
    notes: 'To Kishida and the bereaved families; the message was published in the state’s main newspaper.',
  },
  {
    id: 'p-no-relations',
    kind: 'premise',
    on: 'p-condolences',
    text: 'The conciliatory tone stood out: the two states have no diplomatic relations, and North Korean media regularly attack Japan.',
    at: ['It was also unusually conciliatory', 'attack Japanese officials and the Japanese state.'],
  },

  // Kishida’s initiative
  {
    id: 'p-kishida-initiative',
    kind: 'premise',
    on: 'thesis',
    text: 'Kishida has stepped up efforts to normalize relations this year, after promising signs from Pyongyang.',
    at: 'Kishida stepped up efforts to normalize relations this year after promising signs from Pyongyang.',
  },
  {
    id: 'q-kishida-bold-step',
    kind: 'quote',
    on: 'p-kishida-initiative',
    says: KISHIDA,
    direct: true,
    text: 'We must take a bold step to change the status quo,',
    at: ['“We must take a bold step', 'on February 9.'],
    notes: 'To the Budget Committee of the House of Representatives, February 9.',
  },
  {
    id: 'q-kishida-concrete-efforts',
    kind: 'quote',
    on: 'p-kishida-initiative',
    says: KISHIDA,
    direct: true,
    text: 'is making various concrete efforts',
    at: 'Japan “is making various concrete efforts”, he added.',
    notes: 'Said of Japan, in the same session.',
  },
  {
    id: 'q-kishida-highest-level',
    kind: 'quote',
    on: 'p-kishida-initiative',
    says: KISHIDA,
    direct: true,
    text: 'it is extremely important for me to take the initiative to build ties at the highest level',
    at: ['Speaking in parliament on February 13', 'waste a moment.”'],
    notes: 'To lawmakers, February 13: ties at the highest level with Pyongyang.',
  },
  {
    id: 'q-kishida-no-moment',
    kind: 'quote',
    on: 'p-kishida-initiative',
    says: KISHIDA,
    direct: true,
    text: 'shouldn’t waste a moment.',
    at: ['Speaking in parliament on February 13', 'waste a moment.”'],
    notes: 'Said of Tokyo, February 13.',
  },
  {
    id: 'p-kishida-direct-talks',
    kind: 'premise',
    on: 'p-kishida-initiative',
    text: 'Kishida is determined to hold direct talks with Kim without setting any conditions.',
    at: ['Kishida’s office declined to comment', '“without setting any conditions”.'],
    notes:
      'His office declined to comment on his intentions and pointed to his recent statements in an interview.',
  },
  {
    id: 'q-kishida-approaches',
    kind: 'quote',
    on: 'p-kishida-direct-talks',
    says: KISHIDA,
    direct: true,
    text: 'has different approaches',
    at: ['Kishida’s office declined to comment', '“without setting any conditions”.'],
    notes:
      'Kishida’s words in an interview, to which his office pointed: he “has different approaches” to North Korea.',
  },
  {
    id: 'q-kishida-no-conditions',
    kind: 'quote',
    on: 'p-kishida-direct-talks',
    says: KISHIDA,
    direct: true,
    text: 'without setting any conditions',
    at: ['Kishida’s office declined to comment', '“without setting any conditions”.'],
    notes: 'The same interview: direct talks with Kim “without setting any conditions”.',
  },
  {
    id: 'q-kishida-un',
    kind: 'quote',
    on: 'p-kishida-initiative',
    says: KISHIDA,
    direct: false,
    text: 'he would advocate for a summit with the North Koreans to resolve the issue of abducted Japanese citizens.',
    at: ['Kishida even earlier', 'abducted Japanese citizens.'],
    notes: 'Reported speech: his speech before the UN General Assembly last September.',
  },
  {
    id: 'p-summit-discreet',
    kind: 'premise',
    on: 'p-kishida-initiative',
    text: 'Because the situation is delicate, Japan has not officially informed the US of a possible summit with the DPRK.',
    at: 'Due to the delicacy of the situation, Japan has not officially informed the US of a possible summit with the DPRK.',
  },

  // Kim Yo-jong’s conciliatory rhetoric
  {
    id: 'p-kyj-receptive',
    kind: 'premise',
    on: 'thesis',
    text: 'Kishida’s statements were very positively received in Pyongyang, where Kim Yo-jong cautiously praised them.',
    at: ['Kishida’s statements were very positively received', 'quality relations with Pyongyang.'],
  },
  {
    id: 'q-kyj-positive',
    kind: 'quote',
    on: 'p-kyj-receptive',
    says: KIM_YO_JONG,
    direct: true,
    text: 'positive',
    at: ['In a February 15 statement', 'quality relations with Pyongyang.'],
    notes: 'Her word for Kishida’s statements about building quality relations with Pyongyang (February 15).',
  },
  {
    id: 'q-kyj-no-reason',
    kind: 'quote',
    on: 'p-kyj-receptive',
    says: KIM_YO_JONG,
    direct: true,
    text: 'no reason',
    at: 'Kim told the Korean Central News Agency (KCNA) that there was “no reason” for Pyongyang and Tokyo not to maintain close ties.',
    notes: 'To KCNA: “no reason” for Pyongyang and Tokyo not to maintain close ties.',
  },
  {
    id: 'q-kyj-speech-positive',
    kind: 'quote',
    on: 'p-kyj-receptive',
    says: KIM_YO_JONG,
    direct: true,
    text: 'I think there would be no reason not to evaluate his recent speech as positive if it was motivated by his real intention to boldly break free from the shackles of the past and promote relations between the Democratic People’s Republic of Korea and Japan,',
    at: ['“I think there would be no reason', 'Kim said.'],
  },
  {
    id: 'q-kyj-political-decision',
    kind: 'quote',
    on: 'p-kyj-receptive',
    says: KIM_YO_JONG,
    direct: true,
    text: 'political decision to open a new way of repairing',
    at: ['Kim said if Japan makes a', '“can open a new future together”.'],
    notes:
      'The condition of her offer: if Japan makes such a decision about relations between the two countries…',
  },
  {
    id: 'q-kyj-new-future',
    kind: 'quote',
    on: 'p-kyj-receptive',
    says: KIM_YO_JONG,
    direct: true,
    text: 'can open a new future together',
    at: ['Kim said if Japan makes a', '“can open a new future together”.'],
    notes: '…then Pyongyang and Tokyo “can open a new future together”.',
  },
  {
    id: 'c-personal-view',
    kind: 'counterpoint',
    on: 'p-kyj-receptive',
    text: 'Kim Yo-jong’s remarks may not speak for Pyongyang: she insisted they reflected only her personal point of view.',
    at: ['She insisted that her comments', '“personal point of view”'],
  },
  {
    id: 'q-kyj-personal-view',
    kind: 'quote',
    on: 'c-personal-view',
    says: KIM_YO_JONG,
    direct: true,
    text: 'personal point of view',
    at: ['She insisted that her comments', 'contrary to her brother’s views.'],
  },
  {
    id: 'q-kyj-personal-opinion',
    kind: 'quote',
    on: 'c-personal-view',
    says: KIM_YO_JONG,
    direct: true,
    text: 'personal opinion',
    at: ['With the phrase “personal opinion”', 'Japanese-North Korean rapprochement.'],
    notes:
      'The author quotes her disclaimer a second time in other words (“personal opinion” for “personal point of view”) and names her only as “the member of the State Affairs Commission of the DPRK”.',
  },
  {
    id: 'r-brother-views',
    kind: 'rebuttal',
    on: 'c-personal-view',
    text: 'It is hard to believe that she made comments contrary to her brother’s views.',
    at: 'it is hard to believe that she made comments contrary to her brother’s views.',
  },
  {
    id: 'p-scandalous',
    kind: 'premise',
    on: 'r-brother-views',
    text: 'Contradicting her brother would be scandalous for the North Korean regime.',
    at: 'Such a thing would be scandalous for the North Korean regime',
  },
  {
    id: 'p-absolve',
    kind: 'premise',
    on: 'r-brother-views',
    text: 'The “personal opinion” label serves to absolve her brother of responsibility if the rapprochement eventually fails.',
    at: ['With the phrase “personal opinion”', 'Japanese-North Korean rapprochement.'],
  },

  // North Korean motives for cooperation
  {
    id: 'p-nk-motives',
    kind: 'premise',
    on: 'thesis',
    text: 'Pyongyang appears to back Kishida’s summit idea proactively, in response to the US trilateral partnership and Seoul’s new ties with Cuba.',
    at: ['Kim’s statements appear to be a proactive move', 'on February 14.'],
    notes:
      '“Kim’s statements” most plausibly means Kim Yo-jong’s statement of February 15: Seoul and Havana established relations “the day before”, on February 14.',
  },
  {
    id: 'p-cuba-blow',
    kind: 'premise',
    on: 'p-nk-motives',
    text: 'Seoul’s new diplomatic relations with Havana are definitely not a good sequence of events for Pyongyang.',
    at: 'The establishment of relations between Seoul and Havana is definitely not a good sequence of events for Pyongyang.',
  },
  {
    id: 'p-cuba-partner',
    kind: 'premise',
    on: 'p-cuba-blow',
    text: 'Cuba has been an important partner of North Korea, bound to it by Marxist ideology and anti-Americanism.',
    at: ['Cuba has been an important partner of N. Korea.', 'anti-Americanism.'],
  },
  {
    id: 'p-nk-new-moves',
    kind: 'premise',
    on: 'p-nk-motives',
    text: 'North Korea must respond with new foreign-policy moves to strengthen its standing; a potential rapprochement with Japan is one of them.',
    at: ['Although the partnership with Havana will continue', 'rapprochement with the Japanese.'],
    notes: 'The article’s “new foreign policy quips” is read as new foreign-policy moves.',
  },
  {
    id: 'p-nk-economy',
    kind: 'premise',
    on: 'p-nk-motives',
    text: 'Cooperation with Japan could significantly help North Korea’s dormant economy.',
    at: 'In addition, cooperation with Japan could significantly help the dormant North Korean economy.',
  },

  // The important issue of abductions (Kim Yo-jong’s conditions)
  {
    id: 'c-conditions-hard',
    kind: 'counterpoint',
    on: 'thesis',
    text: 'It will be very difficult for Japanese officials to agree to the conditions Kim Yo-jong has set.',
    at: 'Fairly speaking, it will be very difficult for Japanese officials to agree to the conditions presented by Kim Yo-jong.',
  },
  {
    id: 'q-kyj-conditions',
    kind: 'quote',
    on: 'c-conditions-hard',
    says: KIM_YO_JONG,
    direct: false,
    text: 'Kishida’s visit to Pyongyang is possible only and exclusively if Japan stops challenging North Korea’s nuclear and ballistic programs and does not bring up the “already resolved” issue of North Korea’s abductions of Japanese citizens.',
    at: ['In this context, Kim Yo-jong asserted', 'abductions of Japanese citizens.'],
    notes: 'Reported speech around her own words “already resolved”.',
  },
  {
    id: 'q-kyj-already-resolved',
    kind: 'quote',
    on: 'c-conditions-hard',
    says: KIM_YO_JONG,
    direct: true,
    text: 'already resolved',
    at: ['In this context, Kim Yo-jong asserted', 'abductions of Japanese citizens.'],
    notes: 'Her description of the issue of North Korea’s abductions of Japanese citizens.',
  },
  {
    id: 'q-hayashi-not-resolved',
    kind: 'quote',
    on: 'c-conditions-hard',
    says: HAYASHI,
    direct: false,
    text: 'Japan cannot accept that the abduction issue has been resolved',
    at: ['On February 16, Yoshimasa Hayashi', 'abduction issue has been resolved:'],
    notes: 'Reported speech, February 16. He declined to say how Tokyo viewed Kim Yo-jong’s comments.',
  },
  {
    id: 'q-hayashi-comprehensive',
    kind: 'quote',
    on: 'c-conditions-hard',
    says: HAYASHI,
    direct: true,
    text: 'Japan intends to comprehensively resolve outstanding issues, such as nuclear and missile issues and abductions,',
    at: ['“Japan intends to comprehensively', 'told interested reporters.'],
  },
  {
    id: 'p-abductions-burden',
    kind: 'premise',
    on: 'c-conditions-hard',
    text: 'The abduction issue has been the main burden on relations between the two countries for half a century.',
    at: 'The issue of abductions is the main issue that has burdened the relations between the two countries for half a century.',
  },
  {
    id: 'p-2004-unresolved',
    kind: 'premise',
    on: 'p-abductions-burden',
    text: 'Even at the last summit, Koizumi’s 2004 meeting with Kim Jong-il in Pyongyang, the abduction issue was on the agenda and not resolved.',
    at: ['The last meeting between the Japanese prime minister', 'which was not resolved.'],
  },
  {
    id: 'p-abductions-spies',
    kind: 'premise',
    on: 'p-abductions-burden',
    text: 'The abductions took place in the 1970s and 1980s, part of the regime’s efforts to train spies who know Japanese language and culture.',
    at: ['The abductions, bizarre in their own right', 'Japanese language and culture.'],
  },
  {
    id: 'p-abductions-count',
    kind: 'premise',
    on: 'p-abductions-burden',
    text: 'Japan claims 17 abductions took place; North Korea admits only 13.',
    at: 'The Japanese claim a total of 17 abductions took place, while the North Koreans admit only 13.',
  },
  {
    id: 'p-abductees-2002',
    kind: 'premise',
    on: 'p-abductions-burden',
    text: 'In 2002 North Korea apologized and returned five abductees, claiming that the rest had died.',
    at: 'In 2002, the hermit kingdom apologized and returned five abductees, while claiming the rest had died.',
  },
  {
    id: 'p-abductees-alive',
    kind: 'premise',
    on: 'p-abductions-burden',
    text: 'Many in Japan believe some abductees are still alive and that the Kim regime is using them for its own purposes.',
    at: ['Many in Japan still believe', 'for its own purposes.'],
  },
  {
    id: 'q-hall-polls',
    kind: 'quote',
    on: 'p-abductions-burden',
    says: HALL,
    direct: false,
    text: 'Public opinion polls consistently show that the abduction issue is a top priority for Japanese voters',
    at: ['Public opinion polls consistently show', 'Kanda University of International Studies.'],
    notes: 'Reported speech.',
  },
  {
    id: 'q-hall-badges',
    kind: 'quote',
    on: 'p-abductions-burden',
    says: HALL,
    direct: true,
    text: 'Almost every Japanese conservative politician wears blue badges every day to express their belief that the abductee issue is extremely important and has not been adequately addressed.',
    at: ['“Almost every Japanese conservative', 'not been adequately addressed.'],
    notes:
      'The article opens this quotation and never closes it; the next one opens straight after. Attributed to Hall by the surrounding “said Jeffrey J. Hall” and “Hall added”.',
  },
  {
    id: 'q-hall-sidestep',
    kind: 'quote',
    on: 'c-conditions-hard',
    says: HALL,
    direct: true,
    text: 'Kishida cannot simply sidestep the issue and hold a bilateral summit that would only focus on other issues,',
    at: ['“Kishida cannot simply sidestep', 'Hall added.'],
  },

  // Japanese motives for cooperation
  {
    id: 'p-jp-motives',
    kind: 'premise',
    on: 'thesis',
    text: 'Japan has motives of its own for cooperation: political, economic and diplomatic.',
    at: 'Japanese motives for cooperation',
  },
  {
    id: 'p-political-points',
    kind: 'premise',
    on: 'p-jp-motives',
    text: 'Progress on the abduction issue or easing tensions in the Far East could give Kishida much-needed political points.',
    at: ['Any progress on the abduction issue', 'much-needed political points.'],
  },
  {
    id: 'p-low-support',
    kind: 'premise',
    on: 'p-political-points',
    text: 'Support for Kishida’s government is only around 25%, amid economic problems and the ruling party’s corruption scandal.',
    at: ['Support for his government is only around 25%', 'several million yen.'],
  },
  {
    id: 'p-ldp-charged',
    kind: 'premise',
    on: 'p-low-support',
    text: 'As many as 10 politicians from Kishida’s Liberal Democratic Party were charged.',
    at: 'As many as 10 politicians from Kishida’s Liberal Democratic Party (LDP) were charged.',
  },
  {
    id: 'p-election-2025',
    kind: 'premise',
    on: 'p-political-points',
    text: 'Japan’s next general election is due in October 2025, and Kishida must think about his political future.',
    at: ['Japan’s next general election', 'his political future.'],
  },
  {
    id: 'p-atonement',
    kind: 'premise',
    on: 'p-jp-motives',
    text: 'If relations normalized, Japan could atone for its 1910–1945 colonial occupation, primarily through economic investment in the North.',
    at: ['If relations were to normalize', 'primarily through economic investment.'],
    notes:
      'The article says Japan “could help the North to atone for its colonial occupation”; the occupation was Japan’s, so the map reads it as Japan making amends.',
  },
  {
    id: 'p-economic-interest',
    kind: 'premise',
    on: 'p-jp-motives',
    text: 'The Japanese have a great interest in economic cooperation, because the DPRK’s rich economic potential is unused.',
    at: ['The Japanese have a great interest in economic cooperation', 'have not been used.'],
  },
  {
    id: 'p-diplomatic-influence',
    kind: 'premise',
    on: 'p-jp-motives',
    text: 'Normalizing relations with North Korea can increase Japan’s diplomatic influence in the international community.',
    at: ['Furthermore, the normalization of relations', 'in the international community.'],
  },
  {
    id: 'p-regional-power',
    kind: 'premise',
    on: 'p-diplomatic-influence',
    text: 'By taking part in efforts to resolve the problem on the Korean Peninsula, Tokyo can strengthen its position as a regional power.',
    at: ['By participating in diplomatic efforts', 'as a regional power.'],
  },

  // The fragile trilateral alliance of Seoul, Tokyo and Washington
  {
    id: 'c-analysts-struggle',
    kind: 'counterpoint',
    on: 'thesis',
    text: 'Most analysts predict that Tokyo and Pyongyang will struggle to find a way to normalize relations.',
    at: ['Most analysts predict', 'the abduction issue resolved.'],
  },
  {
    id: 'q-kim-jong-il-resolved',
    kind: 'quote',
    on: 'c-analysts-struggle',
    says: KIM_JONG_IL,
    direct: false,
    text: 'Kim Jong Il has declared the abduction issue resolved.',
    at: 'former North Korean leader Kim Jong Il has declared the abduction issue resolved.',
    notes: 'Reported: the main reason the analysts give. Compare Kim Yo-jong’s “already resolved”.',
  },
  {
    id: 'r-rift',
    kind: 'rebuttal',
    on: 'c-analysts-struggle',
    text: 'North Korea may nevertheless engage Japan diplomatically, to create a rift in the renewed trilateral cooperation of Japan, South Korea and the US.',
    at: ['However, Sj. Korea may nevertheless', 'Japan, South Korea and the US.'],
    notes:
      'The article prints “Sj. Korea”. North Korea is meant: the next paragraph gives Kim’s aim of slowing an anti-North Korean pact.',
  },
  {
    id: 'p-kim-goal',
    kind: 'premise',
    on: 'r-rift',
    text: 'Kim’s goal is to slow an anti-North Korean pact, especially to thwart the three countries’ military cooperation, a concrete threat to his regime.',
    at: ['Kim’s goal is to slow down', 'concrete threat to his regime.'],
  },
  {
    id: 'p-camp-david',
    kind: 'premise',
    on: 'p-kim-goal',
    text: 'Last August’s historic Camp David summit of the three states aimed to curb North Korea and China.',
    at: ['In August of last year', 'curbing N. Korea and China.'],
  },
  {
    id: 'p-yoon-japan',
    kind: 'premise',
    on: 'p-kim-goal',
    text: 'Under President Yoon Suk Yeol, South Korea seeks closer diplomatic and military ties with Japan while tightening relations with the North.',
    at: ['Under the conservative president', 'unifying the Korean people.'],
  },
  {
    id: 'p-trilateral-fragile',
    kind: 'premise',
    on: 'r-rift',
    text: 'The trilateral cooperation is fragile, owing to unresolved ghosts of history and shifting US administrations, and this greatly helps Kim.',
    at: ['The fact that the cooperation between South Korea, Japan and the USA', 'is very helpful to Kim'],
  },
  {
    id: 'q-ward-fragile',
    kind: 'quote',
    on: 'p-trilateral-fragile',
    says: WARD,
    direct: false,
    text: 'the cooperation between South Korea, Japan and the USA is fragile and very sensitive to other events',
    at: [
      'The fact that the cooperation between South Korea, Japan and the USA',
      'Strategic Studies in London.',
    ],
    notes:
      'Reported: the article says the fragility “is very helpful to Kim, which is also noted by” Ward, without saying how much of the sentence is his.',
  },
  {
    id: 'q-ward-abreast',
    kind: 'quote',
    on: 'r-rift',
    relation: 'opposes',
    says: WARD,
    direct: true,
    text: 'Kishida will keep both Seoul and Washington abreast of developments with Pyongyang to minimize the risk of unwanted surprises.',
    at: ['“Kishida will keep both Seoul', 'risk of unwanted surprises.'],
    notes:
      'The article opens this quotation and never closes it. Cited for the alliance’s fragility, its words describe how Kishida will guard against a rift.',
  },
  {
    id: 'q-ward-signals',
    kind: 'quote',
    on: 'r-rift',
    relation: 'opposes',
    says: WARD,
    direct: true,
    text: 'Kishida will visit Seoul in March and Washington in April – these will be important signals of alignment between the three countries, especially if there is a Kishida-Kim meeting,',
    at: ['“Kishida will visit Seoul', 'Ward concluded.'],
  },
  {
    id: 'p-hidden-tensions',
    kind: 'premise',
    on: 'p-trilateral-fragile',
    text: 'Although no tensions between the three countries are visible now, they are certainly present beneath the surface.',
    at: ['Although there are currently no visible tensions', 'under the spotlight.'],
    notes:
      'The article’s “under the spotlight” is read as beneath the surface, since the tensions are not visible.',
  },

  // US support for relaxing Japanese-North Korean relations
  {
    id: 'p-us-support',
    kind: 'premise',
    on: 'thesis',
    text: 'The US government clearly intends to relax relations on the Korean Peninsula and backs Japan’s approach to the North.',
    at: 'Pak showed the clear intention of the US government to relax relations on the Korean Peninsula.',
  },
  {
    id: 'q-pak',
    kind: 'quote',
    on: 'p-us-support',
    says: PAK,
    direct: false,
    text: 'she supports Japan’s efforts to get closer to N. Korea.',
    at: ['The US government’s deputy special envoy', 'get closer to N. Korea.'],
    notes: 'Reported: she recently told the media.',
  },
  {
    id: 'c-observers-surprised',
    kind: 'counterpoint',
    on: 'p-us-support',
    text: 'Pak’s support for Japan’s efforts surprised some observers.',
    at: 'This surprised some observers.',
  },
  {
    id: 'r-no-surprise',
    kind: 'rebuttal',
    on: 'c-observers-surprised',
    text: 'The US support should surprise no one.',
    at: 'However, there can be no surprises.',
  },
  {
    id: 'p-biden-inept',
    kind: 'premise',
    on: 'r-no-surprise',
    text: 'Unlike Trump’s, Biden’s administration has been inept on North Korea and made no progress with it during its entire mandate.',
    at: ['Unlike Trump’s, Biden’s administration', 'during the entire mandate.'],
  },
  {
    id: 'p-us-concerned',
    kind: 'premise',
    on: 'r-no-surprise',
    text: 'The US is concerned about North Korea’s improving ballistic and nuclear programs and its weapons sales to Russia for the war in Ukraine.',
    at: ['At the same time, the Americans are concerned', 'the war in Ukraine.'],
  },
  {
    id: 'q-johnstone',
    kind: 'quote',
    on: 'r-no-surprise',
    says: JOHNSTONE,
    direct: true,
    text: 'could be useful',
    at: ['This was confirmed by Christopher Johnstone', 'between the two Koreas.'],
    notes:
      'High-level contact between Tokyo and Pyongyang, given the lack of communication between the US and North Korea and between the two Koreas. The article says he “confirmed” the preceding point without saying exactly which.',
  },
  {
    id: 'q-singh',
    kind: 'quote',
    on: 'p-us-support',
    says: SINGH,
    direct: false,
    text: 'Washington would welcome talks between Japan and the North if their engagement leads to stability in the region.',
    at: ['On February 20, the Pentagon’s deputy spokesperson', 'stability in the region.'],
    notes: 'Reported speech, February 20.',
  },
  {
    id: 'p-us-leaves-initiative',
    kind: 'premise',
    on: 'p-us-support',
    text: 'The Biden administration seems ready to leave the initiative on North Korea to Japan, having no idea how to improve relations itself.',
    at: ['Apparently, the Biden administration is ready', 'improve relations with the DPRK.'],
  },
  {
    id: 'p-us-election',
    kind: 'premise',
    on: 'p-us-support',
    text: 'In an election year, the Biden administration wants calm on the Korean peninsula to improve Biden’s chance of re-election.',
    at: ['It should be taken into account that the election year', 'better chance of re-election.'],
  },
  {
    id: 'p-trump-triumph',
    kind: 'premise',
    on: 'p-us-election',
    text: 'Trump’s North Korea policy was one of his greatest triumphs, and rising tensions with the DPRK favour Trump.',
    at: ['Trump’s North Korea policy turned out', 'going in Trump’s favour.'],
  },

  // A possible Japan-North Korea summit
  {
    id: 'p-summit-possible',
    kind: 'premise',
    on: 'thesis',
    text: 'Despite the abductions and the North’s weapons programs, it is not impossible that a Japan–North Korea summit actually takes place.',
    at: ['Despite the problems of abductions', 'to actually take place.'],
  },
  {
    id: 'c-nuclear-status',
    kind: 'counterpoint',
    on: 'p-summit-possible',
    text: 'North Korea rejects denuclearization talks, since its nuclear status is enshrined in the DPRK’s constitution.',
    at: 'the North Koreans reject denuclearization talks since nuclear status is enshrined in the DPRK’s constitution',
  },
  {
    id: 'r-leave-aside',
    kind: 'rebuttal',
    on: 'c-nuclear-status',
    text: 'If the abductions and the weapons programs are left aside, the road to a summit is wide open.',
    at: ['If these issues are left aside', 'the road to a summit is wide open.'],
  },
  {
    id: 'p-both-profit',
    kind: 'premise',
    on: 'p-summit-possible',
    text: 'Kishida and Kim would both profit from a summit even without a decisive agreement, as holding it signals a change in relations.',
    at: ['Both Kishida and Kim would profit', 'is on the horizon.'],
  },
  {
    id: 'p-reputation',
    kind: 'premise',
    on: 'p-both-profit',
    text: 'A summit would confirm both leaders as important actors in the global order and improve their and their countries’ reputation.',
    at: ['Most importantly, the summit would give', 'and their countries.'],
  },
  {
    id: 'p-nothing-to-lose',
    kind: 'premise',
    on: 'p-summit-possible',
    text: 'Even without a summit, the two sides have nothing to lose: diplomatic communication can reveal their thinking, so a solution can come later.',
    at: ['Even if the summit does not take place', 'can be reached later.'],
  },
  {
    id: 'p-kishida-points',
    kind: 'premise',
    on: 'p-nothing-to-lose',
    text: 'Through dialogue with North Korea, Kishida will gain political points.',
    at: 'Through dialogue with N. Korea, Kishida will gain political points',
  },
  {
    id: 'p-nk-sanctions-wedge',
    kind: 'premise',
    on: 'p-nothing-to-lose',
    text: 'North Korea gets a chance to ease international sanctions and to drive a wedge between Japan, South Korea and the US.',
    at: ['the North Koreans will have the opportunity', 'the S. Korea and the USA.'],
  },
  {
    id: 'p-nk-economic-problems',
    kind: 'premise',
    on: 'p-nk-sanctions-wedge',
    text: 'The Juche regime faces economic problems caused not only by sanctions but also by the corona crisis.',
    at: 'The Juche regime has to deal with economic problems caused not only by sanctions but also by the corona crisis.',
  },
  {
    id: 'p-economy-main-worry',
    kind: 'premise',
    on: 'p-nk-sanctions-wedge',
    text: 'The economy is Kim’s main worry: foreign aggression is unlikely, but a rebellion of a disaffected population can never be ruled out.',
    at: ['It is the economy that is the main issue', 'security apparatus is.'],
  },

  // Influence on other countries
  {
    id: 'p-effects',
    kind: 'premise',
    on: 'thesis',
    text: 'If the summit takes place, it will affect other countries as well.',
    at: 'If the summit takes place, it will affect other countries as well.',
  },
  {
    id: 'p-biden-benefit',
    kind: 'premise',
    on: 'p-effects',
    text: 'Stabilization and less weapons testing on the Korean Peninsula would benefit the Biden administration ahead of the election.',
    at: ['Stabilization of relations and less weapons testing', 'ahead of the election.'],
  },
  {
    id: 'p-china-benefit',
    kind: 'premise',
    on: 'p-effects',
    text: 'China could benefit too: the dialogue would show that the regime it supports is not irrational and is ready for talks.',
    at: ['The Chinese could also benefit', 'peace in the Far East.'],
  },
  {
    id: 'p-russia-lose',
    kind: 'premise',
    on: 'p-effects',
    text: 'Of the great powers only Russia could lose, as calm in Korea would turn the world’s attention more towards the war in Ukraine.',
    at: ['Of the great powers, only the Russians could lose', 'Russian ambitions in Ukraine.'],
  },
  {
    id: 'p-holy-land',
    kind: 'premise',
    on: 'p-russia-lose',
    text: 'The renewed war in the Holy Land in October helped Russia’s war effort, as Western weapons and money went to Israel rather than Ukraine.',
    at: ['It turned out that the renewal of the war', 'not so much to Ukraine.'],
  },
  {
    id: 'c-russia-prefers-calm',
    kind: 'counterpoint',
    on: 'p-russia-lose',
    text: 'On the other hand, Russia may also prefer calm in East Asia, and its military cooperation with North Korea could progress further.',
    at: ['On the other hand, Russia may also prefer', 'could progress even more.'],
  },
  {
    id: 'p-yoon-blow',
    kind: 'premise',
    on: 'p-effects',
    text: 'Yoon’s cabinet could suffer a heavy blow, as Japan would prove more capable than South Korea of calming the situation with the North.',
    at: ['South Korean President Yoon’s cabinet could suffer', 'than the South Korea.'],
  },
  {
    id: 'p-sk-status',
    kind: 'premise',
    on: 'p-yoon-blow',
    text: 'South Korea’s status and reputation in Asia and the world would weaken, as Tokyo would prove more capable than Seoul.',
    at: ['South Korea’s status and reputation', 'more capable than Seoul.'],
  },
  {
    id: 'p-sk-elections',
    kind: 'premise',
    on: 'p-yoon-blow',
    text: 'If Yoon’s party fails to win a majority in April’s parliamentary elections, opposition could severely limit his remaining three-year term.',
    at: ['In addition, parliamentary elections in South Korea', 'by opposition in parliament.'],
  },

  // Calming tensions on the Korean Peninsula
  {
    id: 'p-japan-calm',
    kind: 'premise',
    on: 'thesis',
    text: 'Today the Japanese, more than anyone else, can help calm tensions and build regional stability in East Asia.',
    at: 'However, today the Japanese more than anyone else can help calm tensions and build regional stability in East Asia.',
  },
  {
    id: 'p-yoon-thaw',
    kind: 'premise',
    on: 'p-japan-calm',
    text: 'The Yoon administration’s logical response to the summit would be to tone down its rhetoric and thaw relations with the North.',
    at: ['The Yoon administration’s logical response', 'relations with the North.'],
  },
  {
    id: 'p-nk-showcase',
    kind: 'premise',
    on: 'p-yoon-thaw',
    text: 'North Korea would use the summits to show that unification is impossible because of South Korea’s ideological fanaticism.',
    at: ['The North Koreans would certainly use the summits', 'not on negotiations.'],
  },
  {
    id: 'c-koreans-themselves',
    kind: 'counterpoint',
    on: 'p-japan-calm',
    text: 'Logically, tensions on the Korean peninsula should be removed mostly by the Koreans themselves, not by foreigners such as the Japanese.',
    at: ['It would be logical that the removal of tensions', 'including the Japanese.'],
  },
];

/** The seminar walk, in the article's order: each step one claim and its reasons, small enough to read. */
const TOUR: TourStep[] = [
  {
    id: 't-thesis',
    title: 'The claim: reconciliation is possible',
    focus: ['thesis'],
    notes:
      'Read the thesis with its hedge: the article argues that reconciliation is possible, not that it is likely or certain. Every branch below either supports or opposes this.',
  },
  {
    id: 't-trigger',
    title: 'The trigger: Kim Jong-un’s condolences',
    focus: ['p-condolences', 'p-earthquake', 'q-kim-condolences', 'p-no-relations'],
    notes:
      'The opening event. Point out why the author calls the message unusual: no diplomatic relations, and a state media that usually attacks Japan.',
  },
  {
    id: 't-kishida',
    title: 'Kishida’s initiative, in his own words',
    focus: [
      'p-kishida-initiative',
      'q-kishida-bold-step',
      'q-kishida-concrete-efforts',
      'q-kishida-highest-level',
      'q-kishida-no-moment',
    ],
    notes:
      'Kishida’s words in parliament (February 9 and 13) carry this branch: a bold step, concrete efforts, talks at the highest level, not a moment to lose.',
  },
  {
    id: 't-kishida-talks',
    title: 'Talks without conditions?',
    focus: [
      'p-kishida-direct-talks',
      'q-kishida-approaches',
      'q-kishida-no-conditions',
      'q-kishida-un',
      'p-summit-discreet',
    ],
    notes:
      'Note the tension to come back to: talks “without setting any conditions”, yet his UN speech ties a summit to the abductions. The preparations stay discreet.',
  },
  {
    id: 't-kim-yo-jong',
    title: 'Kim Yo-jong’s conciliatory rhetoric',
    focus: [
      'p-kyj-receptive',
      'q-kyj-positive',
      'q-kyj-no-reason',
      'q-kyj-speech-positive',
      'q-kyj-political-decision',
      'q-kyj-new-future',
    ],
    notes:
      'Pyongyang’s answer. Read the long quotation aloud and ask the seminar to find its conditional (“if it was motivated by his real intention…”): the praise is cautious.',
  },
  {
    id: 't-personal-view',
    title: 'Only her personal view?',
    focus: [
      'c-personal-view',
      'q-kyj-personal-view',
      'q-kyj-personal-opinion',
      'r-brother-views',
      'p-scandalous',
      'p-absolve',
    ],
    notes:
      'A counterpoint and its rebuttal. The author quotes her disclaimer twice in different words (“personal point of view”, “personal opinion”) and reads it as a way to shield her brother if talks fail.',
  },
  {
    id: 't-nk-motives',
    title: 'North Korea’s motives',
    focus: ['p-nk-motives', 'p-cuba-blow', 'p-cuba-partner'],
    notes:
      'Why would Pyongyang engage? First, Seoul’s new ties with Cuba (February 14, the day before Kim Yo-jong’s statement). These are the author’s inferences, not sourced statements.',
  },
  {
    id: 't-nk-more-motives',
    title: 'New moves, and the economy',
    focus: ['p-nk-new-moves', 'p-nk-economy'],
    notes: 'Then the need for new moves, and the economy: again the author’s inferences.',
  },
  {
    id: 't-conditions',
    title: 'Her conditions',
    focus: ['c-conditions-hard', 'q-kyj-conditions', 'q-kyj-already-resolved'],
    notes:
      'The first strong objection. Kim Yo-jong sets conditions, and says the abductions are “already resolved”.',
  },
  {
    id: 't-conditions-tokyo',
    title: 'Tokyo’s answer',
    focus: ['q-hayashi-not-resolved', 'q-hayashi-comprehensive'],
    notes:
      'Put Hayashi’s answer beside her “already resolved”: Japan wants to resolve the abductions, the North says there is nothing left to resolve.',
  },
  {
    id: 't-abductions',
    title: 'Why the abductions weigh so much',
    focus: [
      'p-abductions-burden',
      'p-2004-unresolved',
      'p-abductions-spies',
      'p-abductions-count',
      'p-abductees-2002',
      'p-abductees-alive',
    ],
    notes:
      'The history behind the objection: the abductions for spy training, the five abductees who returned in 2002, and the unresolved 2004 summit mentioned in the Kishida section.',
  },
  {
    id: 't-hall',
    title: 'Hall: the voters’ priority',
    focus: ['q-hall-polls', 'q-hall-badges'],
    notes:
      'Jeffrey Hall explains the domestic politics: the polls put the abductions first, and conservative politicians wear blue badges every day to say so.',
  },
  {
    id: 't-sidestep',
    title: 'No summit that sidesteps the abductions',
    focus: ['q-hall-sidestep'],
    notes:
      'Hall’s conclusion, and the sharpest form of the objection: Kishida cannot hold a summit that only covers other issues. Keep it in mind for the summit step.',
  },
  {
    id: 't-jp-motives',
    title: 'Japan’s motives',
    focus: ['p-jp-motives', 'p-political-points'],
    notes:
      'Political, economic and moral motives; first the political one. Ask how points with voters interact with the abduction objection: the same voters make the abductions a priority.',
  },
  {
    id: 't-jp-motives-more',
    title: 'Atonement and trade',
    focus: ['p-atonement', 'p-economic-interest'],
    notes:
      'The moral motive and the economic one: atoning for the colonial past, and the interest of business.',
  },
  {
    id: 't-jp-politics',
    title: 'Points at home, influence abroad',
    focus: ['p-low-support', 'p-ldp-charged', 'p-election-2025'],
    notes:
      'Why points matter now: support around 25 %, ten of his party’s politicians charged, an election due in 2025.',
  },
  {
    id: 't-jp-influence',
    title: 'Influence abroad',
    focus: ['p-diplomatic-influence', 'p-regional-power'],
    notes: 'And abroad: more diplomatic influence, and a stronger position as a regional power.',
  },
  {
    id: 't-analysts',
    title: 'Analysts’ doubts',
    focus: ['c-analysts-struggle', 'q-kim-jong-il-resolved', 'r-rift'],
    notes:
      'Most analysts expect a struggle, and Kim Jong Il had already called the abductions resolved. The author answers that the North may engage anyway, to open a rift.',
  },
  {
    id: 't-wedge',
    title: 'Pyongyang’s wedge',
    focus: ['p-kim-goal', 'p-camp-david', 'p-yoon-japan'],
    notes:
      'The rift the North wants: Kim aims to slow the pact of last August’s Camp David summit, just as Seoul under Yoon seeks closer ties with Japan.',
  },
  {
    id: 't-fragile',
    title: 'A fragile alliance',
    focus: [
      'p-trilateral-fragile',
      'q-ward-fragile',
      'p-hidden-tensions',
      'q-ward-abreast',
      'q-ward-signals',
    ],
    notes:
      'Ward is cited for the alliance’s fragility, but his quoted words describe how Kishida will keep Seoul and Washington informed, which is why they are mapped against the wedge.',
  },
  {
    id: 't-us',
    title: 'US support',
    focus: ['p-us-support', 'q-pak', 'c-observers-surprised', 'r-no-surprise'],
    notes:
      'Washington backs Japan’s approach, in Pak’s words. Some observers were surprised; the author says no one should be, and the next step says why.',
  },
  {
    id: 't-us-voices',
    title: 'Why no one should be surprised',
    focus: ['p-biden-inept', 'p-us-concerned'],
    notes: 'The author’s judgments about Biden’s diplomacy and Washington’s concerns.',
  },
  {
    id: 't-us-sources',
    title: 'What the sources say',
    focus: ['q-johnstone', 'q-singh'],
    notes:
      'Johnstone and Singh are sourced; the judgments in the step before are the author’s. Ask the seminar to tell the two apart.',
  },
  {
    id: 't-us-motives',
    title: 'Leaving the initiative to Tokyo',
    focus: ['p-us-leaves-initiative'],
    notes:
      'The author’s reading of US motives: with no idea of its own, the Biden administration lets Japan lead.',
  },
  {
    id: 't-us-election',
    title: 'Calm in an election year',
    focus: ['p-us-election', 'p-trump-triumph'],
    notes: 'In an election year Washington wants calm, since rising tensions favour Trump.',
  },
  {
    id: 't-summit',
    title: 'A possible summit',
    focus: ['p-summit-possible', 'c-nuclear-status', 'r-leave-aside'],
    notes:
      'The core of the case: a summit is “not impossible” if the hard issues are left aside. Ask whether leaving the abductions aside is compatible with Hall’s point.',
  },
  {
    id: 't-summit-gains',
    title: 'Both sides gain',
    focus: ['p-both-profit', 'p-reputation'],
    notes: 'Both sides would profit from a summit, in reputation among others.',
  },
  {
    id: 't-nothing-to-lose',
    title: 'Nothing to lose',
    focus: ['p-nothing-to-lose', 'p-kishida-points', 'p-nk-sanctions-wedge'],
    notes:
      'Even without a summit, neither side loses: talking reveals each side’s thinking, Kishida gains points at home, and the North gets a chance to ease sanctions and drive a wedge.',
  },
  {
    id: 't-nk-economy',
    title: 'Kim’s main worry',
    focus: ['p-nk-economic-problems', 'p-economy-main-worry'],
    notes:
      'Why sanctions matter so much to Pyongyang: sanctions and the corona crisis hurt the economy, and a disaffected population, not foreign aggression, is what Kim fears.',
  },
  {
    id: 't-effects',
    title: 'Effects on other countries',
    focus: ['p-effects', 'p-biden-benefit', 'p-china-benefit', 'p-russia-lose', 'p-yoon-blow'],
    notes:
      'Winners and losers of a summit: Biden and China could benefit, Russia could lose attention for its war, and Yoon’s cabinet could suffer a heavy blow.',
  },
  {
    id: 't-effects-why',
    title: 'Russia and Seoul, argued both ways',
    focus: ['p-holy-land', 'c-russia-prefers-calm', 'p-sk-status', 'p-sk-elections'],
    notes:
      'Russia gained from the war in the Holy Land, yet may prefer calm in East Asia. South Korea’s standing would weaken, with parliamentary elections in April.',
  },
  {
    id: 't-calm',
    title: 'Calming tensions',
    focus: ['p-japan-calm', 'p-yoon-thaw', 'p-nk-showcase', 'c-koreans-themselves'],
    notes:
      'The conclusion: ideally the Koreans would calm the peninsula themselves, but today Japan can help most.',
  },
  {
    id: 't-weigh',
    title: 'Weighing the argument',
    focus: ['thesis'],
    notes:
      'Back to the thesis. Do the premises outweigh the two main objections, Kim Yo-jong’s conditions and the analysts’ doubts? Is “possible” the right strength, or too weak to be interesting?',
  },
];

function articleText(): string {
  const path = process.argv[2];
  if (path) {
    // The article ends with the author's note; the page's comment form follows it.
    const raw = readFileSync(path, 'utf8');
    const end = raw.indexOf('Leave a Reply');
    return (end < 0 ? raw : raw.slice(0, end)).trimEnd();
  }
  if (!existsSync(MAP_PATH)) throw new Error('Give the path of the article text on the first run.');
  const stored = JSON.parse(readFileSync(MAP_PATH, 'utf8')) as ArgMap;
  if (!stored.source) throw new Error(`${MAP_PATH} has no source text.`);
  return stored.source.text;
}

function anchorOf(text: string, passage: Passage): Anchor {
  const [first, last] = typeof passage === 'string' ? [passage, ''] : passage;
  const start = text.indexOf(first);
  if (start < 0 || text.indexOf(first, start + 1) >= 0)
    throw new Error(`"${first}" must occur exactly once in the article.`);
  const lastAt = text.indexOf(last, start + first.length);
  if (lastAt < 0) throw new Error(`"${last}" does not follow "${first}".`);
  const end = last ? lastAt + last.length : start + first.length;
  return { start, end, exact: text.slice(start, end) };
}

function relationOf(claim: Claim): Relation {
  return claim.relation ?? (claim.kind === 'premise' || claim.kind === 'quote' ? 'supports' : 'opposes');
}

function build(): ArgMap {
  const text = articleText();
  const nodes: ArgNode[] = CLAIMS.map((claim) => {
    const anchor = claim.at === undefined ? undefined : anchorOf(text, claim.at);
    if (claim.kind === 'quote' && !anchor?.exact.includes(claim.text))
      throw new Error(`Quote ${claim.id} does not occur in its passage.`);
    return {
      id: claim.id,
      kind: claim.kind,
      text: claim.text,
      position: { x: 0, y: 0 },
      ...(claim.says && { quote: { ...claim.says, direct: claim.direct ?? true } }),
      ...(anchor && { anchor }),
      ...(claim.notes && { notes: claim.notes }),
    };
  });
  const edges: ArgEdge[] = CLAIMS.flatMap((claim) =>
    claim.on ? [{ id: `e-${claim.id}`, from: claim.id, to: claim.on, relation: relationOf(claim) }] : [],
  );
  return {
    format: 'argmap',
    version: FORMAT_VERSION,
    title: 'Possible reconciliation between Japan and North Korea',
    source: {
      title:
        'A New Turning Point On The Horizon: Possible Reconciliation Between Japan And North Korea – Analysis',
      author: 'Matija Šerić',
      text,
    },
    nodes,
    edges,
    tour: TOUR,
  };
}

/** The map in the app's own Auto-Layout, so the first map a user sees is laid out as theirs will be. */
async function laidOut(map: ArgMap): Promise<ArgMap> {
  const moves = await autoLayout(map);
  return {
    ...map,
    nodes: map.nodes.map((node) => ({ ...node, position: moves.get(node.id) ?? node.position })),
  };
}

/** Every step's focus must fit a 1280 × 800 screen with body text at least 14 px; returns the least zoom. */
function checkTourReadable(map: ArgMap): number {
  const byId = new Map(map.nodes.map((node) => [node.id, node]));
  let least = Number.POSITIVE_INFINITY;
  for (const step of map.tour) {
    const box = nodesBounds(step.focus.map((id) => byId.get(id) as ArgNode));
    const zoom = Math.min(
      STEP_MAX_ZOOM,
      fittingZoom({ width: box.maxX - box.minX, height: box.maxY - box.minY }, { width: 1280, height: 800 }),
    );
    if (zoom < STEP_MIN_ZOOM)
      throw new Error(`Tour step ${step.id} needs zoom ${zoom.toFixed(2)} to fit: split it or regroup it.`);
    least = Math.min(least, zoom);
  }
  return least;
}

const loaded = loadMapFromValue(await laidOut(build()));
if (!loaded.ok)
  throw new Error(loaded.errors.map((error) => `${error.pointer}: ${error.message}`).join('\n'));
const leastZoom = checkTourReadable(loaded.value);
writeFileSync(MAP_PATH, serializeMap(loaded.value));
const kinds = NODE_KINDS.map(
  (kind) => `${loaded.value.nodes.filter((node) => node.kind === kind).length} ${kind}`,
);
console.log(
  `Wrote ${MAP_PATH}: ${loaded.value.nodes.length} nodes (${kinds.join(', ')}), ${loaded.value.edges.length} edges, ${loaded.value.tour.length} tour steps, body text at least ${(leastZoom * BODY_TEXT_PX).toFixed(1)} px at 1280 × 800.`,
);
