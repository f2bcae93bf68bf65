import type { Executor } from '../../database';
import { insertSegment } from '../../factories/segments';
import { insertServicePath, typicalStages } from '../../factories/service-paths';
import type { Channel, SegmentKind, ServiceLanguage } from '../../schema/values';
import { benchSegmentPrefix } from './bench-accounts';
import type { StatusProfile } from './scale-person-attributes';
import type { ScaleStaff } from './scale-staff';

interface ScaleSegmentDefinition {
  name: string;
  kind: SegmentKind;
  description: string;
  /** Per hundred people, how many have this as their main segment (employers: none). */
  share: number;
  /** Most of its clients have a foreign background (their names and first languages). */
  foreignBackground: boolean;
  statusProfile: StatusProfile;
  paths: string[];
  preferredChannels: Channel[];
  languages: ServiceLanguage[];
}

/** The four customer groups of the seed documents and four narrower ones. */
const definitions: ScaleSegmentDefinition[] = [
  {
    name: 'Maahanmuuttajataustaiset',
    kind: 'immigrant_background',
    description: 'Maahanmuuttajataustaiset asiakkaat, joilla on aiempia korkeakouluopintoja.',
    share: 27,
    foreignBackground: true,
    statusProfile: 'newcomers',
    paths: ['Osaamisen tunnistamisesta avoimeen AMK:hon', 'Suomen kielestä korkeakouluopintoihin'],
    preferredChannels: ['in_person', 'video', 'popup_event'],
    languages: ['fi', 'en', 'ar', 'so', 'ru', 'uk'],
  },
  {
    name: 'Työttömät ja lomautetut',
    kind: 'unemployed_laid_off',
    description: 'Työttömät ja lomautetut, joille tarjotaan maksuttomia avoimen AMK:n opintoja.',
    share: 26,
    foreignBackground: false,
    statusProfile: 'jobseekers',
    paths: ['Maksuttomat avoimen AMK:n opinnot', 'Työllistymistä tukeva täydennyskoulutus'],
    preferredChannels: ['phone', 'email', 'chat', 'in_person'],
    languages: ['fi', 'sv', 'en'],
  },
  {
    name: 'Alanvaihtajat',
    kind: 'career_changers',
    description: 'Uutta ammattia tai alaa harkitsevat aikuiset.',
    share: 20,
    foreignBackground: false,
    statusProfile: 'working',
    paths: ['Uudelle alalle työn ohessa', 'Erikoistumiskoulutuksen polku'],
    preferredChannels: ['email', 'video', 'chat'],
    languages: ['fi', 'en'],
  },
  {
    name: 'Hoitoalan osaajat ulkomailta',
    kind: 'immigrant_background',
    description: 'Ulkomailla koulutetut hoitajat ja lääkärit, jotka hakevat laillistusta Suomessa.',
    share: 7,
    foreignBackground: true,
    statusProfile: 'newcomers',
    paths: ['Laillistuksen täydentävät opinnot'],
    preferredChannels: ['in_person', 'video'],
    languages: ['fi', 'en', 'ar', 'ru'],
  },
  {
    name: 'Nuoret aikuiset ilman tutkintoa',
    kind: 'other',
    description: 'Alle 30-vuotiaat, joilla ei ole toisen asteen jälkeistä tutkintoa.',
    share: 7,
    foreignBackground: false,
    statusProfile: 'mixed',
    paths: ['Avoimen AMK:n väylä tutkinto-opiskelijaksi'],
    preferredChannels: ['chat', 'popup_event', 'phone'],
    languages: ['fi', 'sv', 'en'],
  },
  {
    name: 'Ikääntyvät työntekijät 55+',
    kind: 'career_changers',
    description: 'Työuransa loppupuolella osaamistaan päivittävät.',
    share: 7,
    foreignBackground: false,
    statusProfile: 'working',
    paths: ['Osaamisen päivittäminen työuran loppupuolella'],
    preferredChannels: ['phone', 'in_person'],
    languages: ['fi', 'sv'],
  },
  {
    name: 'Yrittäjät ja freelancerit',
    kind: 'other',
    description: 'Yksinyrittäjät ja freelancerit, jotka opiskelevat työn ohessa.',
    share: 6,
    foreignBackground: false,
    statusProfile: 'working',
    paths: ['Yrittäjän täydennyskoulutus'],
    preferredChannels: ['email', 'video'],
    languages: ['fi', 'en'],
  },
  {
    name: 'Työnantajat',
    kind: 'employers',
    description: 'Yritykset ja julkiset organisaatiot, joiden osaamistarpeisiin vastataan.',
    share: 0,
    foreignBackground: false,
    statusProfile: 'working',
    paths: ['Osaamistarpeesta koulutukseen'],
    preferredChannels: ['in_person', 'email', 'video'],
    languages: ['fi', 'sv', 'en'],
  },
];

/** The bench coach serves this group's team, which gives them a large caseload. */
const benchCoachTeam = 'Hoitoalan osaajat ulkomailta';
const coachesPerTeam = 6;

export interface ScalePath {
  id: string;
  /** Stage ids by position (index 0 is position 1), as in `typicalStages`. */
  stageIds: string[];
}

export type ScaleSegment = Omit<ScaleSegmentDefinition, 'paths'> & {
  id: string;
  servicePaths: ScalePath[];
};

/**
 * Creates the segments, their teams and their service paths (all stages of
 * `typicalStages`). Returns the segments that have clients, in a fixed order:
 * the people's SQL refers to them by position.
 */
export async function createScaleSegments(
  db: Executor,
  staff: ScaleStaff,
): Promise<ScaleSegment[]> {
  const created: ScaleSegment[] = [];
  for (const [index, { paths, ...definition }] of definitions.entries()) {
    // Coaches serve the client groups; employers are partnership staff's work.
    const team =
      definition.share > 0
        ? staff.coachIds.filter((_, coach) => coach % definitions.length === index)
        : [];
    const segment = await insertSegment(db, {
      ...definition,
      name: benchSegmentPrefix + definition.name,
      ownerId: staff.managerIds[index % staff.managerIds.length]!,
      teamUserIds: [
        ...(definition.name === benchCoachTeam ? [staff.benchCoachId] : []),
        ...team.slice(0, coachesPerTeam),
      ],
    });
    const servicePaths: ScalePath[] = [];
    for (const name of paths) {
      const path = await insertServicePath(db, {
        segmentId: segment.id,
        name,
        stages: typicalStages,
        createdBy: segment.ownerId,
      });
      servicePaths.push({ id: path.id, stageIds: path.stages.map((stage) => stage.id) });
    }
    if (definition.share > 0) created.push({ ...definition, id: segment.id, servicePaths });
  }
  return created;
}
