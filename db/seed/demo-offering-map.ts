import {
  insertFundingCall,
  insertOffering,
  insertSegmentFundingCall,
  insertSegmentOffering,
  type FundingCallInput,
  type OfferingInput,
} from '../factories/offerings';
import type { Priority } from '../schema/values';
import type { DemoContext } from './demo-context';

const amkosaaja =
  'AMKosaaja-hankkeen maksuton kurssi. Hankkeen toteuttavat Haaga-Helia, HAMK, Laurea, ' +
  'Metropolia ja Xamk, ja sitä rahoittaa opetus- ja kulttuuriministeriö.';

/** The demo catalogue (koulutustarjonta), keyed for the links below. */
const demoOfferings = {
  kieli: {
    name: 'Suomen kieli ja viestintä työelämässä',
    kind: 'open_uas',
    credits: 5,
    language: 'fi',
    description: 'Työelämän suullinen ja kirjallinen viestintä suomeksi, taso B1–B2.',
  },
  tyoelama: {
    name: 'Finnish Working Life and Society',
    kind: 'open_uas',
    credits: 3,
    language: 'en',
    description: 'Suomalaisen työelämän pelisäännöt ja yhteiskunta englanniksi.',
  },
  ruotsi: {
    name: 'Työelämän ruotsi',
    kind: 'open_uas',
    credits: 3,
    language: 'sv',
    description: 'Ruotsin kielen suullinen ja kirjallinen viestintä omalla alalla.',
  },
  ohjelmointi: {
    name: 'Johdatus ohjelmointiin',
    kind: 'open_uas',
    credits: 5,
    language: 'fi',
    description: 'Ohjelmoinnin perusteet Pythonilla, verkossa omaan tahtiin.',
  },
  projektit: {
    name: 'Projektinhallinnan perusteet',
    kind: 'open_uas',
    credits: 5,
    language: 'fi',
    description: 'Projektin suunnittelu, aikataulutus ja seuranta. Iltatoteutus.',
  },
  markkinointi: {
    name: 'Digitaalisen markkinoinnin perusteet',
    kind: 'open_uas',
    credits: 5,
    language: 'fi',
    description: 'Sosiaalinen media, verkkosivut ja hakukoneet markkinoinnissa.',
  },
  sote: {
    name: 'Sosiaali- ja terveysalan työ tutuksi',
    kind: 'open_uas',
    credits: 5,
    language: 'fi',
    description: 'Alan tehtävät, koulutuspolut ja harjoittelu. Monimuoto-opinnot.',
  },
  ohjelmistokehitys: {
    name: 'Ohjelmistokehityksen erikoistumiskoulutus',
    kind: 'specialisation',
    credits: 30,
    language: 'fi',
    description: 'Korkeakoulututkinnon suorittaneille alanvaihtajille, työn ohessa vuodessa.',
  },
  johtaminen: {
    name: 'Johtamisen ja esihenkilötyön erikoistumiskoulutus',
    kind: 'specialisation',
    credits: 30,
    language: 'fi',
    description: 'Esihenkilöille ja esihenkilöksi aikoville; kehittämistehtävä omassa työssä.',
  },
  tekoaly: {
    name: 'Tekoäly työn tukena',
    kind: 'continuing_education',
    credits: 3,
    language: 'fi',
    description: 'Pk-yritysten henkilöstölle: tekoälytyökalujen käyttöönotto omassa työssä.',
  },
  monimuotoisuus: {
    name: 'Monimuotoinen työyhteisö ja perehdyttäminen',
    kind: 'continuing_education',
    credits: 5,
    language: 'fi',
    description: 'Maahanmuuttajataustaisten työntekijöiden rekrytointi, perehdytys ja selkokieli.',
  },
  data: {
    name: 'AMKosaaja: Data-analytiikan perusteet',
    kind: 'project_course',
    credits: 5,
    language: 'fi',
    description: amkosaaja,
  },
  kyber: {
    name: 'AMKosaaja: Kyberturvallisuuden perusteet',
    kind: 'project_course',
    credits: 5,
    language: 'fi',
    description: amkosaaja,
  },
  etatyo: {
    name: 'AMKosaaja: Etätyön johtaminen',
    kind: 'project_course',
    credits: 5,
    language: 'fi',
    description: `${amkosaaja} Viimeinen toteutus keväällä 2024.`,
    archived: true,
  },
} satisfies Record<string, OfferingInput>;

/** Funding calls (hankehaut) with deadlines around the demo's present, late 2026. */
const demoFundingCalls = {
  esrJatkuva: {
    funder: 'ESR+ (Hämeen ELY-keskus)',
    name: 'Jatkuva oppiminen ja osaamisen kehittäminen',
    deadline: '2027-01-29',
    status: 'upcoming',
    notes:
      'Uudistuva ja osaava Suomi 2021–2027 -ohjelma. Haku avautuu joulukuussa; omarahoitusosuus sovitaan talouspalvelujen kanssa.',
  },
  esrMaahanmuuttajat: {
    funder: 'ESR+ (Uudenmaan ELY-keskus)',
    name: 'Maahanmuuttajien osaaminen käyttöön',
    deadline: '2026-03-31',
    status: 'granted',
    notes: 'Myönteinen päätös kesäkuussa 2026. Hanke alkoi syyskuussa ja kestää vuoteen 2028.',
  },
  elyKotoutuminen: {
    funder: 'ELY-keskus',
    name: 'Kotoutumiskoulutuksen yhteishankinta, kevät 2027',
    deadline: '2026-12-11',
    status: 'open',
    notes: 'Yhteishankintakoulutus työllisyysalueen kanssa. Tarjous jätetään Hilmassa.',
  },
  okmErityisavustus: {
    funder: 'OKM',
    name: 'Korkeakoulujen jatkuvan oppimisen erityisavustus 2027',
    deadline: '2027-02-26',
    status: 'upcoming',
    notes:
      'Sopii AMKosaajan mallin jatkoksi: usean ammattikorkeakoulun maksuttomat lyhytkoulutukset.',
  },
  okmAmkosaaja: {
    funder: 'OKM',
    name: 'AMKosaaja-jatkohanke',
    deadline: '2026-09-15',
    status: 'applied',
    notes:
      'Edellisen hankkeen tavoite 8 400 opintopistettä ylittyi: suoritettiin 8 937 op. Päätös odotetaan joulukuussa.',
  },
  jotpaTyovoimapula: {
    funder: 'Jotpa',
    name: 'Työvoimapulaa lieventävät koulutukset 2027',
    deadline: '2027-03-19',
    status: 'upcoming',
    notes: 'Koulutukset työssä oleville ja työttömille aloille, joilla on pulaa osaajista.',
  },
  jotpaSote: {
    funder: 'Jotpa',
    name: 'Osaamistarvehaku: sosiaali- ja terveysala',
    deadline: '2026-06-12',
    status: 'rejected',
    notes:
      'Palautteen mukaan työnantajien sitoutuminen piti osoittaa paremmin. Haetaan uudelleen 2027.',
  },
} satisfies Record<string, FundingCallInput>;

type OfferingKey = keyof typeof demoOfferings;
type FundingCallKey = keyof typeof demoFundingCalls;
type Links<Key> = [Key, Priority, string][];

/** Each demo segment's map: which offerings and calls serve it, how much, and why. */
const demoMaps: Record<string, { offerings: Links<OfferingKey>; calls: Links<FundingCallKey> }> = {
  Maahanmuuttajataustaiset: {
    offerings: [
      [
        'kieli',
        'high',
        'Kielitaito on suurin este sekä työllistymiselle että jatko-opinnoille. Kurssi yhdistää kielen ja oman alan viestinnän.',
      ],
      [
        'tyoelama',
        'high',
        'Englanninkielinen johdatus suomalaiseen työelämään niille, joiden suomen kieli on vasta alussa.',
      ],
      [
        'ohjelmointi',
        'medium',
        'Moni on opiskellut tai työskennellyt IT-alalla kotimaassaan. Kurssi näyttää, miten osaaminen siirtyy Suomeen.',
      ],
      [
        'sote',
        'low',
        'Hoitoalalla on pulaa tekijöistä. Kurssilla voi arvioida alan sopivuutta ennen tutkintoon hakemista.',
      ],
    ],
    calls: [
      [
        'esrMaahanmuuttajat',
        'high',
        'Rahoittaa SIMHE-tyyppisen ohjauksen ja aiemman osaamisen tunnistamisen vuoteen 2028.',
      ],
      [
        'elyKotoutuminen',
        'medium',
        'Kotoutumiskoulutus tuo ryhmään uusia asiakkaita, joille avoimen AMK:n opinnot ovat seuraava askel.',
      ],
    ],
  },
  'Työttömät ja lomautetut': {
    offerings: [
      [
        'ohjelmointi',
        'high',
        'Maksuton avoimen AMK:n kurssi, joka ei vaaranna työttömyysetuutta ja avaa polun ohjelmistoalalle.',
      ],
      [
        'data',
        'high',
        'Maksuton, lyhyt ja verkossa. AMKosaajan kurssit tavoittivat lomautettuja hyvin.',
      ],
      [
        'projektit',
        'medium',
        'Projektiosaamista kysytään monilla aloilla; iltatoteutus sopii myös osa-aikatyön ohelle.',
      ],
      [
        'markkinointi',
        'medium',
        'Nopeasti hyödynnettävää osaamista esimerkiksi kaupan ja palvelualan tehtäviin.',
      ],
      ['kyber', 'low', 'Kiinnostava lisä IT-polulle, kun perusteet ovat hallussa.'],
    ],
    calls: [
      [
        'jotpaTyovoimapula',
        'high',
        'Rahoittaa koulutukset juuri niille aloille, joille työttömiä voi ohjata nopeasti.',
      ],
      [
        'okmAmkosaaja',
        'high',
        'Jatkohanke pitäisi AMKosaajan maksuttomat kurssit tarjolla myös vuonna 2027.',
      ],
    ],
  },
  Alanvaihtajat: {
    offerings: [
      [
        'ohjelmistokehitys',
        'high',
        'Tutkinnon jo suorittaneille suora reitti IT-alalle työn ohessa, ilman uutta tutkintoa.',
      ],
      [
        'sote',
        'medium',
        'Alan voi kokeilla ennen tutkintoon hakemista. Vastaa kysymykseen ”onko tämä minua varten?”.',
      ],
      [
        'projektit',
        'medium',
        'Hyväksiluettavissa myöhempiin tutkinto-opintoihin, joten opiskelu ei mene hukkaan.',
      ],
      ['markkinointi', 'low', 'Verkko-opinnot sopivat kokopäivätyön ohelle.'],
    ],
    calls: [
      [
        'esrJatkuva',
        'high',
        'Hankkeella voisi rakentaa alanvaihtajille joustavia polkuja ilta- ja verkko-opintoina.',
      ],
      [
        'okmErityisavustus',
        'medium',
        'Erikoistumiskoulutusten maksuttomat paikat madaltaisivat alanvaihdon kynnystä.',
      ],
    ],
  },
  Työnantajat: {
    offerings: [
      [
        'tekoaly',
        'high',
        'Pk-yritykset kysyvät eniten tekoälyn käyttöönotosta. Lyhyt koulutus sopii työn ohessa.',
      ],
      ['johtaminen', 'high', 'Esihenkilöiden osaaminen on työnantajien yleisin kehittämistarve.'],
      [
        'monimuotoisuus',
        'medium',
        'Tukee työnantajia maahanmuuttajataustaisten työntekijöiden rekrytoinnissa ja perehdytyksessä.',
      ],
      ['kyber', 'low', 'Kysyntää erityisesti pienissä yrityksissä, joilla ei ole omaa IT-tukea.'],
    ],
    calls: [
      [
        'jotpaTyovoimapula',
        'medium',
        'Työnantajat voivat olla mukana suunnittelemassa koulutusta omiin rekrytointitarpeisiinsa.',
      ],
      [
        'jotpaSote',
        'low',
        'Hylätty haku: uudessa hakemuksessa työnantajien sitoumukset kerätään jo ennen hakua.',
      ],
    ],
  },
};

/** The offering catalogue, funding calls and each demo segment's offering map. */
export async function seedDemoOfferingMap(ctx: DemoContext): Promise<void> {
  const createdBy = ctx.userId('manager');
  const offeringIds = new Map<string, string>();
  for (const [key, offering] of Object.entries(demoOfferings)) {
    offeringIds.set(key, (await insertOffering(ctx.tx, { ...offering, createdBy })).id);
  }
  const callIds = new Map<string, string>();
  for (const [key, call] of Object.entries(demoFundingCalls)) {
    callIds.set(key, (await insertFundingCall(ctx.tx, { ...call, createdBy })).id);
  }
  for (const [segmentName, map] of Object.entries(demoMaps)) {
    const segmentId = ctx.segmentId(segmentName);
    for (const [key, priority, rationale] of map.offerings) {
      await insertSegmentOffering(ctx.tx, {
        segmentId,
        offeringId: offeringIds.get(key)!,
        priority,
        rationale,
        createdBy,
      });
    }
    for (const [key, priority, rationale] of map.calls) {
      await insertSegmentFundingCall(ctx.tx, {
        segmentId,
        fundingCallId: callIds.get(key)!,
        priority,
        rationale,
        createdBy,
      });
    }
  }
}
