import type { EducationLevel, EmploymentStatus } from '../../schema/values';

// Weights of the clients' details, roughly as continuous-learning services
// see them. Whole numbers: they become repeated entries of an array literal.

export const municipalities: [string, number][] = [
  ['Helsinki', 20],
  ['Espoo', 9],
  ['Tampere', 8],
  ['Vantaa', 7],
  ['Oulu', 6],
  ['Turku', 6],
  ['Jyväskylä', 4],
  ['Lahti', 4],
  ['Kuopio', 4],
  ['Pori', 3],
  ['Kouvola', 2],
  ['Joensuu', 2],
  ['Lappeenranta', 2],
  ['Hämeenlinna', 2],
  ['Vaasa', 2],
  ['Seinäjoki', 2],
  ['Rovaniemi', 2],
  ['Mikkeli', 1],
  ['Kotka', 1],
  ['Salo', 1],
  ['Porvoo', 1],
  ['Kerava', 1],
  ['Järvenpää', 1],
  ['Lohja', 1],
  ['Hyvinkää', 1],
  ['Nurmijärvi', 1],
  ['Kirkkonummi', 1],
  ['Tuusula', 1],
  ['Rauma', 1],
  ['Kokkola', 1],
  ['', 2],
];

export const educationLevelWeights: [EducationLevel, number][] = [
  ['basic', 8],
  ['upper_secondary', 15],
  ['vocational', 25],
  ['bachelor', 25],
  ['master', 15],
  ['doctorate', 2],
  ['unknown', 10],
];

/** What a coach writes about a degree, for some of those with one. */
export const degreeDetails = [
  'Kauppatieteiden kandidaatti',
  'Insinööri (AMK), sähkötekniikka',
  'Sairaanhoitaja (AMK)',
  'Filosofian maisteri, kielitiede',
  'Tradenomi, taloushallinto',
  'Bachelor of Engineering, civil engineering (Iraq)',
  'Master of Science in Computer Science (Ukraine)',
  'Medical doctor, degree from Syria; licence pending',
  'Bachelor of Education (Somalia)',
  'Kasvatustieteen maisteri',
  'Sosionomi (AMK)',
  'Diplomi-insinööri, konetekniikka',
];

export type StatusProfile = 'jobseekers' | 'working' | 'newcomers' | 'mixed';

export const employmentStatusWeights: Record<StatusProfile, [EmploymentStatus, number][]> = {
  jobseekers: [
    ['unemployed', 55],
    ['laid_off', 30],
    ['outside_workforce', 5],
    ['student', 5],
    ['unknown', 5],
  ],
  working: [
    ['employed', 65],
    ['self_employed', 10],
    ['unemployed', 10],
    ['laid_off', 5],
    ['student', 5],
    ['unknown', 5],
  ],
  newcomers: [
    ['unemployed', 35],
    ['employed', 25],
    ['student', 15],
    ['outside_workforce', 15],
    ['unknown', 10],
  ],
  mixed: [
    ['employed', 40],
    ['unemployed', 20],
    ['self_employed', 10],
    ['student', 10],
    ['laid_off', 5],
    ['outside_workforce', 5],
    ['unknown', 10],
  ],
};

/** Purposes of the recorded legal basis: the statutory task, or the client's consent. */
export const legalBasisPurposes = {
  publicTask: 'Jatkuvan oppimisen ohjaus- ja neuvontapalvelut (ammattikorkeakoululaki 4 §)',
  consent: 'Yhteydenotot koulutustarjonnasta ja palautekyselyt',
} as const;
