import { insightPeople, insights, insightStatusChanges } from '../schema';
import type { InsightStatus } from '../schema/values';
import type { DemoContext } from './demo-context';

type Author = 'manager' | 'coach' | 'coach2';

interface DemoInsight {
  segment: string;
  statement: string;
  source: string;
  /** `YYYY-MM-DD`; the insight is recorded that day. */
  observedOn: string;
  author: Author;
  /** Status changes after it was recorded as an assumption, oldest first. */
  changes?: { to: InsightStatus; on: string; by: Author; evidence: string }[];
  /** How many of the segment's demo people it is linked to. */
  people?: number;
}

// Drawn from the seed documents: the Metropolia article on customer understanding
// (SIMHE services, free open UAS studies for the laid-off), the workshop notes on
// applicant guidance (the questions applicants ask, peaks in early autumn and at the
// turn of the year) and the project reports (AMKosaaja, Sosiaalinen kampus, OpinTori).
const demoInsights: DemoInsight[] = [
  // Maahanmuuttajataustaiset
  {
    segment: 'Maahanmuuttajataustaiset',
    statement:
      'Turvapaikanhakijoilla on usein aiempia korkeakouluopintoja, joita ei ole tunnistettu Suomessa.',
    source: 'Vierailu vastaanottokeskuksessa',
    observedOn: '2023-09-12',
    author: 'manager',
    changes: [
      {
        to: 'validated',
        on: '2024-02-20',
        by: 'manager',
        evidence:
          'SIMHE-ohjauksen alkukartoituksissa syksyllä 2023 yli puolella asiakkaista oli kotimaassa suoritettuja tai kesken jääneitä korkeakouluopintoja.',
      },
    ],
  },
  {
    segment: 'Maahanmuuttajataustaiset',
    statement:
      'Asiakkaat eivät tiedä, miten heidän ulkomainen tutkintonsa vertautuu suomalaiseen ja voiko sen hyväksilukea.',
    source: 'Ohjausmuistiinpanot',
    observedOn: '2025-01-15',
    author: 'coach',
    people: 2,
  },
  {
    segment: 'Maahanmuuttajataustaiset',
    statement: 'Maahanmuuttajataustaiset asiakkaat haluavat ohjausta vain omalla äidinkielellään.',
    source: 'Palaute',
    observedOn: '2023-11-02',
    author: 'coach',
    changes: [
      {
        to: 'refuted',
        on: '2024-05-06',
        by: 'coach',
        evidence:
          'Palautekyselyssä (38 vastaajaa) suurin osa piti selkeää suomea tai englantia riittävänä, kun mukana oli kuvia ja lyhyitä videoita.',
      },
    ],
  },
  {
    segment: 'Maahanmuuttajataustaiset',
    statement:
      'Sama neuvontapalvelu sopii kotimaisille ja kansainvälisille hakijoille, kunhan henkilökohtainen neuvonta on saatavilla.',
    source: 'Työpaja: hakijoiden asiakaspalvelu',
    observedOn: '2024-03-18',
    author: 'manager',
    changes: [
      {
        to: 'validated',
        on: '2024-10-01',
        by: 'coach',
        evidence:
          'Yhteisen neuvonnan kokeilussa kansainväliset hakijat käyttivät samoja kanavia kuin muut; palautteen mukaan tärkeintä oli päästä puhumaan ihmisen kanssa.',
      },
    ],
    people: 1,
  },
  {
    segment: 'Maahanmuuttajataustaiset',
    statement:
      'Avoimen AMK:n opinnot ovat hyvä ensiaskel tutkintoon, kun suomen kielen taito riittää opintoihin.',
    source: 'Ohjausmuistiinpanot',
    observedOn: '2025-02-04',
    author: 'coach',
  },

  // Työttömät ja lomautetut
  {
    segment: 'Työttömät ja lomautetut',
    statement:
      'Maksuttomuus madaltaa kynnystä: lomautetut aloittavat avoimen AMK:n opinnot, kun niistä ei tarvitse maksaa.',
    source: 'Koronapandemian aikainen maksuton avoin AMK',
    observedOn: '2020-05-18',
    author: 'manager',
    changes: [
      {
        to: 'validated',
        on: '2023-12-15',
        by: 'manager',
        evidence:
          'AMKosaaja-hankkeen maksuttomilla kursseilla suoritettiin 8 937 opintopistettä, kun tavoite oli 8 400. Hankkeen mukaan maksuttomuus poisti taloudelliset esteet.',
      },
    ],
  },
  {
    segment: 'Työttömät ja lomautetut',
    statement:
      'Raha-asiat pitää selvittää ensin: moni pelkää menettävänsä työttömyysetuuden, jos aloittaa opinnot.',
    source: 'Neuvontapalvelun yhteydenotot',
    observedOn: '2024-08-26',
    author: 'coach2',
    changes: [
      {
        to: 'validated',
        on: '2024-11-29',
        by: 'coach2',
        evidence:
          'Syksyn 2024 yhteydenotoissa raha-asiat ja rahoitus oli yleisin aihe. Muutama oli jo harkinnut irtisanoutumista ennen kuin selvitti, miten opinnot vaikuttavat etuuteen.',
      },
    ],
    people: 2,
  },
  {
    segment: 'Työttömät ja lomautetut',
    statement: 'Yhteydenotot painottuvat alkusyksyyn ja vuodenvaihteeseen.',
    source: 'Neuvontapalvelun yhteydenotot',
    observedOn: '2023-09-05',
    author: 'coach2',
    changes: [
      {
        to: 'validated',
        on: '2024-02-12',
        by: 'manager',
        evidence:
          'Yhteydenottotilaston mukaan elo–syyskuu ja joulu–tammikuu olivat vuoden vilkkaimmat kuukaudet. Sama piikki näkyi hakuneuvonnan työpajojen kokemuksissa.',
      },
    ],
  },
  {
    segment: 'Työttömät ja lomautetut',
    statement: 'Työttömät eivät ehdi opiskella, koska työnhaku vie kaiken ajan.',
    source: 'Oletus suunnittelupalaverista',
    observedOn: '2022-01-10',
    author: 'manager',
    changes: [
      {
        to: 'refuted',
        on: '2023-06-30',
        by: 'coach2',
        evidence:
          'Lomautettujen kurssien läpäisy oli samaa tasoa kuin muilla avoimen AMK:n opiskelijoilla, eikä ajankäyttö noussut ohjauksissa esteeksi.',
      },
    ],
  },
  {
    segment: 'Työttömät ja lomautetut',
    statement:
      'Pitkään työttömänä olleita huolettaa omien voimavarojen riittävyys enemmän kuin opintojen sisältö.',
    source: 'Ohjausmuistiinpanot',
    observedOn: '2025-01-21',
    author: 'coach2',
    people: 1,
  },

  // Alanvaihtajat
  {
    segment: 'Alanvaihtajat',
    statement: '”Olenko liian vanha?” on yksi yleisimmistä kysymyksistä ennen hakemista.',
    source: 'Pop up -ohjaus kauppakeskuksessa',
    observedOn: '2024-03-09',
    author: 'coach',
    changes: [
      {
        to: 'validated',
        on: '2024-05-27',
        by: 'coach',
        evidence:
          'Kolmessa pop up -ohjauksessa keväällä 2024 ikä tuli puheeksi 23 keskustelussa 61:stä.',
      },
    ],
    people: 1,
  },
  {
    segment: 'Alanvaihtajat',
    statement:
      'Kielet ja matematiikka pelottavat: asiakkaat kysyvät, paljonko niitä opintoihin sisältyy ja kuinka vaikeita ne ovat.',
    source: 'Neuvontapalvelun yhteydenotot',
    observedOn: '2024-09-02',
    author: 'coach',
    changes: [
      {
        to: 'validated',
        on: '2024-12-16',
        by: 'manager',
        evidence:
          'Ohjausten aiheseurannassa kielet ja matematiikka mainittiin syksyllä 2024 noin joka neljännessä alanvaihtajan ohjauksessa.',
      },
    ],
  },
  {
    segment: 'Alanvaihtajat',
    statement:
      'Alanvaihtajat kaipaavat ennen kaikkea vahvistusta omalle päätökselleen, eivät lisää tietoa koulutuksista.',
    source: 'Ohjausmuistiinpanot',
    observedOn: '2025-02-11',
    author: 'coach',
    people: 3,
  },
  {
    segment: 'Alanvaihtajat',
    statement: 'Alanvaihtajat haluavat opiskella päivisin kokopäiväisesti.',
    source: 'Oletus koulutustarjonnan suunnittelusta',
    observedOn: '2023-04-17',
    author: 'manager',
    changes: [
      {
        to: 'refuted',
        on: '2023-10-23',
        by: 'manager',
        evidence:
          'Palautekyselyssä (52 vastaajaa) 41 toivoi ilta-, verkko- tai työn ohessa tehtäviä opintoja.',
      },
    ],
  },
  {
    segment: 'Alanvaihtajat',
    statement:
      'Aiemman osaamisen tunnistaminen (AHOT) lyhentäisi opintoja ja saisi useamman hakemaan.',
    source: 'Palaute',
    observedOn: '2024-11-05',
    author: 'coach',
  },

  // Työnantajat
  {
    segment: 'Työnantajat',
    statement: 'Yritykset pitävät projektioppimisympäristöjä hyvänä rekrytointikanavana.',
    source: 'Yritysten arviot projektioppimisympäristöistä',
    observedOn: '2023-05-22',
    author: 'manager',
    changes: [
      {
        to: 'validated',
        on: '2024-01-31',
        by: 'manager',
        evidence:
          'Yritysten arvioissa osaaminen vastasi tarpeeseen hyvin, ja projekteista syntyi osa-aikaisia työsuhteita, kuten Sosiaalisen kampuksen hankkeessa.',
      },
    ],
  },
  {
    segment: 'Työnantajat',
    statement:
      'Pienet yritykset tarvitsevat lyhyitä ja ketteriä täydennyskoulutuksia pitkien erikoistumiskoulutusten sijaan.',
    source: 'Yrityskäynnit',
    observedOn: '2024-10-14',
    author: 'manager',
  },
  {
    segment: 'Työnantajat',
    statement:
      'Työnantajat eivät ole kiinnostuneita henkilöstön täydennyskoulutuksesta, jos se maksaa.',
    source: 'Oletus myyntipalaverista',
    observedOn: '2023-02-06',
    author: 'manager',
    changes: [
      {
        to: 'refuted',
        on: '2023-09-18',
        by: 'manager',
        evidence:
          'Yrityskyselyssä maksullinen täydennyskoulutus kiinnosti, kun sen sisältö räätälöitiin yrityksen omaan osaamistarpeeseen.',
      },
    ],
  },
  {
    segment: 'Työnantajat',
    statement:
      'Yksi yhteyspiste (yhden luukun palvelu) helpottaisi yritysten yhteydenottoja ammattikorkeakouluun.',
    source: 'Työpaja: hakijoiden asiakaspalvelu',
    observedOn: '2024-04-09',
    author: 'coach2',
  },
];

/** A working-day morning in Finland, so the demo timeline reads naturally. */
function morningOf(day: string): Date {
  return new Date(`${day}T09:30:00+02:00`);
}

/** Insights with their status history and linked people for the four demo segments. */
export async function seedDemoInsights(ctx: DemoContext): Promise<void> {
  const peopleUsed = new Map<string, number>();
  for (const demo of demoInsights) {
    const changes = demo.changes ?? [];
    const last = changes.at(-1);
    const createdAt = morningOf(demo.observedOn);
    const statusChangedAt = last ? morningOf(last.on) : createdAt;
    const [created] = await ctx.tx
      .insert(insights)
      .values({
        segmentId: ctx.segmentId(demo.segment),
        statement: demo.statement,
        source: demo.source,
        observedOn: demo.observedOn,
        authorId: ctx.userId(demo.author),
        status: last?.to ?? 'assumption',
        evidence: last?.evidence ?? '',
        statusChangedAt,
        version: 1 + changes.length,
        createdAt,
        updatedAt: statusChangedAt,
      })
      .returning({ id: insights.id });
    if (!created) throw new Error('insert returned no row');

    let from: InsightStatus = 'assumption';
    await ctx.tx.insert(insightStatusChanges).values([
      {
        insightId: created.id,
        fromStatus: null,
        toStatus: 'assumption',
        changedBy: ctx.userId(demo.author),
        changedAt: createdAt,
      },
      ...changes.map((change) => {
        const row = {
          insightId: created.id,
          fromStatus: from,
          toStatus: change.to,
          evidence: change.evidence,
          changedBy: ctx.userId(change.by),
          changedAt: morningOf(change.on),
        };
        from = change.to;
        return row;
      }),
    ]);

    // Different insights of a segment point at different people where there are enough.
    const segmentPeople = ctx.peopleOf(demo.segment);
    const offset = peopleUsed.get(demo.segment) ?? 0;
    const linked = Array.from(
      { length: Math.min(demo.people ?? 0, segmentPeople.length) },
      (_, index) => segmentPeople[(offset + index) % segmentPeople.length]!,
    );
    peopleUsed.set(demo.segment, offset + linked.length);
    if (linked.length) {
      await ctx.tx
        .insert(insightPeople)
        .values(linked.map((personId) => ({ insightId: created.id, personId })));
    }
  }
}
