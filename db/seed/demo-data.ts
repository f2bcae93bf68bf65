import type { Channel, Role, SegmentKind, ServiceLanguage } from '../schema/values';

/** The password of every demo account, printed at start in demo mode. */
export const demoPassword = 'polku-demo-2026';

export const demoAccounts: { key: string; email: string; name: string; role: Role }[] = [
  { key: 'admin', email: 'admin@example.org', name: 'Tuula Lehtonen', role: 'admin' },
  { key: 'manager', email: 'manager@example.org', name: 'Mikko Virtanen', role: 'manager' },
  { key: 'coach', email: 'coach@example.org', name: 'Sanna Korhonen', role: 'coach' },
  { key: 'coach2', email: 'coach2@example.org', name: 'Ahmed Hassan', role: 'coach' },
  { key: 'partner', email: 'partner@example.org', name: 'Liisa Mäkinen', role: 'partnership' },
];

/**
 * The four customer groups of the seed documents. `team` names the demo
 * coaches who serve the group: coach and coach2 have different caseloads.
 */
export const demoSegments: {
  name: string;
  kind: SegmentKind;
  owner: string;
  team: string[];
  description: string;
  needs: string[];
  valueProposition: string;
  preferredChannels: Channel[];
  languages: ServiceLanguage[];
}[] = [
  {
    name: 'Maahanmuuttajataustaiset',
    kind: 'immigrant_background',
    owner: 'manager',
    team: ['coach'],
    description:
      'Maahanmuuttajataustaiset asiakkaat, joilla on aiempi korkeakoulututkinto tai -opintoja. ' +
      'Palveluna SIMHE-tyyppinen ohjaus, aiemman osaamisen tunnistaminen ja polut avoimeen AMK:hon.',
    needs: [
      'Aiemman tutkinnon ja osaamisen tunnistaminen (AHOT)',
      'Tieto suomalaisesta korkeakoulutuksesta ja hakemisesta',
      'Suomen kielen taidon kehittäminen työelämän tarpeisiin',
      'Rahoitus opiskelun ajalle',
    ],
    valueProposition:
      'Henkilökohtainen ohjaus omalla kielellä, osaamisen tunnistaminen ja polku avoimen AMK:n ' +
      'opinnoista tutkinto-opiskelijaksi tai työelämään.',
    preferredChannels: ['in_person', 'video', 'popup_event'],
    languages: ['fi', 'en', 'ar', 'so', 'ru', 'uk'],
  },
  {
    name: 'Työttömät ja lomautetut',
    kind: 'unemployed_laid_off',
    owner: 'manager',
    team: ['coach2'],
    description:
      'Työttömät ja lomautetut, joille tarjotaan maksuttomia avoimen AMK:n opintoja ' +
      '(kuten koronapandemian aikana) ja ohjausta työllistymistä tukevaan koulutukseen.',
    needs: [
      'Maksuttomat opinnot, jotka eivät vaaranna työttömyysetuutta',
      'Nopeasti työllistävä osaaminen',
      'Tieto opintojen kestosta ja joustavista opiskelumuodoista',
      'Varmuus omasta päätöksestä: onko tämä minua varten?',
    ],
    valueProposition:
      'Maksuttomat avoimen AMK:n opinnot ja ohjaus, joka yhdistää opinnot työllistymiseen ' +
      'ja TE-palveluihin.',
    preferredChannels: ['phone', 'email', 'chat', 'in_person'],
    languages: ['fi', 'sv', 'en'],
  },
  {
    name: 'Alanvaihtajat',
    kind: 'career_changers',
    owner: 'manager',
    team: ['coach'],
    description:
      'Uutta ammattia tai alaa harkitsevat aikuiset. Kysyvät usein rahoituksesta, opiskelun ' +
      'kestosta ja siitä, sopiiko opiskelu työn ohessa: "olenko liian vanha?".',
    needs: [
      'Opiskelu työn ohessa: ilta-, verkko- ja monimuoto-opinnot',
      'Aiemman osaamisen hyväksiluku',
      'Rohkaisu: olenko liian vanha?',
      'Matematiikan ja kielten pelon voittaminen',
    ],
    valueProposition:
      'Joustava polku uudelle alalle: erikoistumis- ja täydennyskoulutukset sekä avoimen AMK:n ' +
      'väylä, jossa aiempi osaaminen otetaan huomioon.',
    preferredChannels: ['email', 'video', 'chat'],
    languages: ['fi', 'en'],
  },
  {
    name: 'Työnantajat',
    kind: 'employers',
    owner: 'partner',
    team: [],
    description:
      'Yritykset ja julkiset organisaatiot, joiden osaamistarpeisiin vastataan täydennys- ja ' +
      'erikoistumiskoulutuksilla sekä projektioppimisympäristöillä. Asiakkaina ovat myös niiden ' +
      'työntekijät, jotka päivittävät osaamistaan.',
    needs: [
      'Henkilöstön osaamisen kehittäminen nopeasti ja työn ohessa',
      'Osaajien rekrytointi opiskelijoista',
      'Yhteiset kehittämishankkeet ja projektioppimisympäristöt',
    ],
    valueProposition:
      'Räätälöity täydennyskoulutus, opiskelijaprojektit yrityksen todellisiin haasteisiin ja ' +
      'yhteiset hankkeet rahoittajien tuella.',
    preferredChannels: ['in_person', 'email', 'video'],
    languages: ['fi', 'sv', 'en'],
  },
];
