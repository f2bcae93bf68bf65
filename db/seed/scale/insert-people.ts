import type { Sql } from 'postgres';
import { benchEmails } from './bench-accounts';
import {
  firstName,
  lastName,
  personEmail,
  personLanguages,
  personOrigin,
} from './person-origin-sql';
import {
  mainSegment,
  personCoach,
  personCreatedAt,
  personId,
  secondSegment,
  segmentIdAt,
} from './person-sql';
import {
  degreeDetails,
  educationLevelWeights,
  employmentStatusWeights,
  legalBasisPurposes,
  municipalities,
} from './scale-person-attributes';
import { below, caseOf, chance, computeOnce, pick, pickWeighted, quote } from './sql-random';
import type { ScaleWorld } from './scale-world';

const mobilePrefixes = ['040', '041', '044', '045', '046', '050'];

/** "040 123 4567" or "+358 40 123 4567", for four in five people. */
function personPhone(h: string): string {
  const prefix = pick(mobilePrefixes, 'text', h, 'phone prefix');
  const digits = `lpad(${below(h, 'phone digits', 10_000_000)}::text, 7, '0')`;
  const rest = `' ' || substr(${digits}, 1, 3) || ' ' || substr(${digits}, 4)`;
  return `(case when not ${chance(h, 'has phone', 0.8)} then null when ${chance(h, 'international phone', 0.35)} then '+358 ' || substr(${prefix}, 2) || ${rest} else ${prefix} || ${rest} end)`;
}

export async function insertPeople(sql: Sql, world: ScaleWorld): Promise<number> {
  const statusBySegment = caseOf(
    'segment',
    world.segments.map((segment) =>
      pickWeighted(
        employmentStatusWeights[segment.statusProfile],
        'employment_status',
        'h',
        'employment status',
      ),
    ),
  );
  const result = await sql.unsafe(`
    insert into people (
      id, first_name, last_name, email, phone, birth_year, languages, municipality,
      education_level, education_details, work_experience_years, employment_status, coach_id,
      created_at, updated_at
    )
    select
      ${personId('h')}, first_name, last_name,
      case when h = 0 then ${quote(benchEmails.person)}
        when ${chance('h', 'has email', 0.85)} then ${personEmail('h', 'first_name', 'last_name')} end,
      ${personPhone('h')},
      case when ${chance('h', 'has birth year', 0.95)} then 1962 + ${below('h', 'birth year', 44)} end,
      ${personLanguages('h', 'origin')},
      ${pickWeighted(municipalities, 'text', 'h', 'municipality')},
      education_level,
      case when education_level in ('bachelor', 'master', 'doctorate') and ${chance('h', 'has degree details', 0.3)}
        then ${pick(degreeDetails, 'text', 'h', 'degree details')} else '' end,
      case when ${chance('h', 'has work experience', 0.85)} then ${below('h', 'work experience', 31)} end,
      ${statusBySegment},
      ${personCoach(world, 'h')},
      created_at, created_at
    from generate_series(0, ${world.sizes.people - 1}) h
    ${computeOnce('s', `${mainSegment(world, 'h')} as segment`)}
    ${computeOnce('o', `${personOrigin(world, 'h', 'segment')} as origin`)}
    ${computeOnce(
      'attributes',
      `${firstName('h', 'origin')} as first_name, ${lastName('h', 'origin')} as last_name,
        ${pickWeighted(educationLevelWeights, 'education_level', 'h', 'education level')} as education_level,
        ${personCreatedAt('h')} as created_at`,
    )}
  `);
  return result.count;
}

/**
 * The memberships, and their copy in people.segment_ids. The copy is usually
 * kept by a trigger per statement (migration 0005), but during the bulk load the
 * primary keys are dropped and its update would look each person up by a scan:
 * so the trigger is off here and one joined UPDATE fills the copy instead.
 */
export async function insertPersonSegments(sql: Sql, world: ScaleWorld): Promise<number> {
  await sql.unsafe('alter table person_segments disable trigger person_segments_added');
  const result = await sql.unsafe(`
    insert into person_segments (person_id, segment_id)
    select ${personId('h')}, ${segmentIdAt(world, 'segment')}
    from generate_series(0, ${world.sizes.people - 1}) h
    cross join lateral (
      select ${mainSegment(world, 'h')} as segment
      union all
      select ${secondSegment(world, 'h')}
    ) memberships
    where segment is not null
  `);
  await sql.unsafe(`
    update people p set segment_ids = memberships.ids
    from (
      select person_id, array_agg(segment_id order by segment_id) as ids
      from person_segments group by person_id
    ) memberships
    where memberships.person_id = p.id
  `);
  await sql.unsafe('alter table person_segments enable trigger person_segments_added');
  return result.count;
}

/** One basis per person: the statutory task for most, consent for three in ten. */
export async function insertLegalBases(sql: Sql, world: ScaleWorld): Promise<number> {
  const result = await sql.unsafe(`
    insert into person_legal_bases (person_id, basis, purpose, recorded_on, created_at)
    select ${personId('h')},
      (case when consent then 'consent' else 'public_task' end)::legal_basis,
      case when consent then ${quote(legalBasisPurposes.consent)}
        else ${quote(legalBasisPurposes.publicTask)} end,
      created_at::date, created_at
    from generate_series(0, ${world.sizes.people - 1}) h
    ${computeOnce('basis', `${chance('h', 'consent', 0.3)} as consent, ${personCreatedAt('h')} as created_at`)}
  `);
  return result.count;
}
