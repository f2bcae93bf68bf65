import type { EducationLevel, EmploymentStatus, ServiceLanguage } from '../schema/values';
import { demoSegments } from './demo-data';
import { between, pick, pickWeighted, random, shuffled, type Random } from './demo-random';

/** A demo client as the seed inserts them; `coachKey` is a demo account key or null. */
export interface DemoPerson {
  /** The segments the person belongs to, their main one first. */
  segmentNames: string[];
  coachKey: string | null;
  firstName: string;
  lastName: string;
  email: string | null;
  phone: string | null;
  birthYear: number;
  languages: ServiceLanguage[];
  municipality: string;
  educationLevel: EducationLevel;
  educationDetails: string;
  workExperienceYears: number;
  employmentStatus: EmploymentStatus;
  /** Whether they also consented to the newsletter and course watch. */
  consented: boolean;
}

interface Origin {
  female: string[];
  male: string[];
  /** Surnames; "Ivanov/Ivanova" gives the male and the female form. */
  lastNames: string[];
  /** Language sets, the first language first. */
  languages: ServiceLanguage[][];
  /** Where a degree from abroad was taken; absent for Finland. */
  countries?: string[];
}

const words = (text: string) => text.split(' ');

const origins = {
  fi: {
    female: words(
      'Aino Anna Elina Hanna Heidi Jenni Johanna Katja Laura Leena Maria Marjo Minna Niina Paula ' +
        'Pirjo Riikka Sari Satu Suvi Tiina Tuija Ulla Veera Emilia Noora Outi Päivi Anu Kaisa',
    ),
    male: words(
      'Antti Eero Harri Janne Jari Juha Jukka Jussi Kari Lauri Markku Matti Mika Olli Pekka Petri ' +
        'Sami Teemu Timo Tuomas Ville Aleksi Joonas Marko Risto Ari Heikki Jyrki',
    ),
    lastNames: words(
      'Nieminen Mäkelä Hämäläinen Laine Koskinen Heikkinen Järvinen Lehtinen Saarinen Salminen ' +
        'Kallio Turunen Virtanen Korhonen Mäkinen Lehtonen Heinonen Niemi Rantanen Salonen ' +
        'Tuominen Laitinen Hiltunen Karjalainen Manninen Pitkänen Savolainen Hakala Lahtinen ' +
        'Seppälä Peltonen Kinnunen Leinonen Koivisto Ahonen Räsänen Väisänen',
    ),
    languages: [['fi'], ['fi', 'en'], ['fi', 'en'], ['fi', 'en', 'sv']],
  },
  sv: {
    female: words('Johanna Emma Linnea Sofia Ida Camilla'),
    male: words('Mikael Henrik Jonas Fredrik Patrik Anders'),
    lastNames: words('Lindqvist Holmström Ekström Sandberg Nyström Lindholm Björklund'),
    languages: [
      ['sv', 'fi', 'en'],
      ['sv', 'fi'],
    ],
  },
  ar: {
    female: words('Fatima Layla Noor Zainab Rana Mariam Huda Samira Yasmin'),
    male: words('Mohammed Ali Omar Mustafa Hussein Yusuf Khaled Karim Tariq'),
    lastNames: words('Al-Khafaji Jaber Saleh Haddad Mahmoud Abbas Nasser Al-Obaidi Khalil Hamdan'),
    languages: [
      ['ar', 'fi', 'en'],
      ['ar', 'en'],
      ['ar', 'fi'],
    ],
    countries: words('Irak Irak Syyria Syyria Egypti Jemen'),
  },
  so: {
    female: words('Hodan Amina Ayaan Ilhan Fadumo Sahra Hibo'),
    male: words('Abdirahman Mohamed Abdullahi Ismail Bashir Mahad Liban'),
    lastNames: words('Farah Warsame Abdi Osman Jama Egal Hirsi Aden'),
    languages: [
      ['so', 'fi', 'en'],
      ['so', 'fi'],
      ['so', 'en', 'ar'],
    ],
    countries: words('Somalia Somalia Kenia'),
  },
  ru: {
    female: words('Olga Natalia Irina Svetlana Jelena Anastasia Tatjana'),
    male: words('Dmitri Sergei Aleksei Vladimir Pavel Ivan Maksim'),
    lastNames: words(
      'Ivanov/Ivanova Smirnov/Smirnova Kuznetsov/Kuznetsova Popov/Popova Volkov/Volkova ' +
        'Sokolov/Sokolova Petrov/Petrova Morozov/Morozova',
    ),
    languages: [
      ['ru', 'fi'],
      ['ru', 'fi', 'en'],
      ['ru', 'en'],
    ],
    countries: ['Venäjä', 'Venäjä', 'Valko-Venäjä'],
  },
  uk: {
    female: words('Oksana Iryna Yulia Kateryna Olena Nataliia Viktoriia Halyna'),
    male: words('Andrii Mykola Taras Oleksandr Serhii Bohdan Dmytro'),
    lastNames: words(
      'Shevchenko Kovalenko Bondarenko Tkachenko Melnyk Kravchuk Boyko Lysenko Marchenko Rudenko',
    ),
    languages: [
      ['uk', 'en'],
      ['uk', 'ru', 'en'],
      ['uk', 'en', 'fi'],
      ['uk', 'ru'],
    ],
    countries: ['Ukraina'],
  },
  fa: {
    female: words('Zahra Maryam Fatemeh Parisa Shirin Nasrin Mina'),
    male: words('Reza Hamid Mehdi Ahmad Farid Javad Morteza'),
    lastNames: words('Ahmadi Hosseini Rezaei Karimi Mohammadi Sadeghi Rahimi Azizi'),
    languages: [
      ['fa', 'en'],
      ['fa', 'fi', 'en'],
      ['fa', 'fi'],
    ],
    countries: ['Afganistan', 'Iran', 'Iran'],
  },
  et: {
    female: words('Kadri Triin Kristiina Liis Marju Kertu'),
    male: words('Margus Jaan Toomas Andres Rein Priit'),
    lastNames: words('Tamm Saar Kask Sepp Mägi Rebane Kuusk Ilves'),
    languages: [
      ['et', 'fi'],
      ['et', 'fi', 'en'],
      ['et', 'ru', 'fi'],
    ],
    countries: ['Viro'],
  },
  ku: {
    female: words('Dilan Rojin Berfin Nishtiman'),
    male: words('Rebwar Karwan Soran Aram'),
    lastNames: words('Rashid Mahmud Aziz Qadir'),
    languages: [
      ['ku', 'ar', 'fi'],
      ['ku', 'en'],
    ],
    countries: ['Irak', 'Turkki'],
  },
  vi: {
    female: words('Lan Thu Hoa Mai'),
    male: words('Minh Tuan Duc Quang'),
    lastNames: words('Nguyen Tran Le Pham'),
    languages: [
      ['vi', 'fi', 'en'],
      ['vi', 'en'],
    ],
    countries: ['Vietnam'],
  },
  es: {
    female: words('Lucía Daniela Valentina Carolina'),
    male: words('Carlos Andrés Diego Javier'),
    lastNames: words('García Fernández Gómez Rodríguez Morales'),
    languages: [
      ['es', 'en'],
      ['es', 'en', 'fi'],
    ],
    countries: ['Kolumbia', 'Venezuela', 'Espanja'],
  },
  zh: {
    female: words('Li Mei Xiu'),
    male: words('Wei Jun Hao'),
    lastNames: words('Wang Zhang Chen Liu'),
    languages: [
      ['zh', 'en'],
      ['zh', 'en', 'fi'],
    ],
    countries: ['Kiina'],
  },
  tr: {
    female: words('Elif Zeynep Ayşe'),
    male: words('Mehmet Emre Murat'),
    lastNames: words('Yılmaz Demir Kaya Şahin'),
    languages: [
      ['tr', 'en'],
      ['tr', 'fi', 'en'],
    ],
    countries: ['Turkki'],
  },
} satisfies Record<string, Origin>;

type OriginKey = keyof typeof origins;

/** Degrees by level: Finnish ones as written, foreign ones get the country after them. */
const finnishDegrees: Record<Exclude<EducationLevel, 'unknown'>, string[]> = {
  basic: ['Peruskoulu', 'Peruskoulu, ammatillisia kursseja'],
  upper_secondary: ['Ylioppilas', 'Ylioppilas, avoimen yliopiston opintoja', 'Lukio kesken'],
  vocational: [
    'Merkonomi',
    'Lähihoitaja',
    'Sähköasentaja',
    'Kokki',
    'Datanomi',
    'Logistiikan perustutkinto',
    'Talonrakentaja',
    'Parturi-kampaaja',
    'Laborantti',
    'Koneistaja',
  ],
  bachelor: [
    'Tradenomi (AMK)',
    'Insinööri (AMK), konetekniikka',
    'Insinööri (AMK), rakennustekniikka',
    'Sosionomi (AMK)',
    'Restonomi (AMK)',
    'Medianomi (AMK)',
    'Sairaanhoitaja (AMK)',
    'Kasvatustieteen kandidaatti',
  ],
  master: ['FM, historia', 'KTM, markkinointi', 'DI, tuotantotalous', 'KM, kasvatustiede', 'YTM'],
  doctorate: ['FT, biologia'],
};
const foreignDegrees: Record<Exclude<EducationLevel, 'unknown'>, string[]> = {
  basic: ['Peruskoulu'],
  upper_secondary: ['Lukio', 'Yliopisto-opintoja, kesken', 'Lukio ja tietotekniikan kursseja'],
  vocational: ['Kirjanpitäjä', 'Sähköasentaja', 'Kampaaja', 'Kokki', 'Hitsaaja', 'Lastenhoitaja'],
  bachelor: [
    'Insinööri',
    'Kauppatieteiden kandidaatti',
    'Sairaanhoitaja',
    'Opettaja',
    'Tietojenkäsittelyn kandidaatti',
    'Kirjallisuuden kandidaatti',
  ],
  master: ['Lääkäri', 'Diplomi-insinööri', 'Juristi', 'Ekonomisti', 'Kemisti', 'Arkkitehti'],
  doctorate: ['Tohtori, fysiikka'],
};

const municipalities: [string, number][] = [
  ['Helsinki', 30],
  ['Espoo', 16],
  ['Vantaa', 16],
  ['Kerava', 4],
  ['Järvenpää', 4],
  ['Tuusula', 3],
  ['Nurmijärvi', 3],
  ['Kirkkonummi', 3],
  ['Sipoo', 2],
  ['Kauniainen', 1],
  ['Lahti', 4],
  ['Hyvinkää', 3],
  ['Porvoo', 3],
  ['Lohja', 2],
  ['Riihimäki', 2],
  ['Hämeenlinna', 2],
];

interface SegmentMix {
  /** How many clients have this as their main segment. */
  size: number;
  origins: [OriginKey, number][];
  birthYears: [number, number];
  education: [EducationLevel, number][];
  employment: [EmploymentStatus, number][];
  /** Who coaches the group's clients: a demo account key or null for "no coach yet". */
  coaches: [string | null, number][];
  /** A second segment some of the group also belong to, and how many. */
  alsoIn?: { segment: string; count: number; coach?: string };
}

// About 300 clients. Coach serves immigrant-background clients and career
// changers, coach2 the unemployed and laid-off; employees of employers come
// through partnership staff, so many of them have no coach and only managers
// see them.
const segmentMixes: Record<string, SegmentMix> = {
  Maahanmuuttajataustaiset: {
    size: 85,
    origins: [
      ['ar', 20],
      ['uk', 16],
      ['so', 12],
      ['ru', 11],
      ['fa', 10],
      ['et', 7],
      ['ku', 3],
      ['es', 3],
      ['vi', 2],
      ['tr', 1],
    ],
    birthYears: [1968, 2001],
    education: [
      ['bachelor', 35],
      ['master', 20],
      ['vocational', 20],
      ['upper_secondary', 15],
      ['basic', 5],
      ['unknown', 5],
    ],
    employment: [
      ['unemployed', 40],
      ['employed', 20],
      ['student', 15],
      ['outside_workforce', 15],
      ['unknown', 10],
    ],
    coaches: [
      ['coach', 78],
      ['coach2', 8],
      [null, 14],
    ],
    alsoIn: { segment: 'Työttömät ja lomautetut', count: 12, coach: 'coach2' },
  },
  'Työttömät ja lomautetut': {
    size: 80,
    origins: [
      ['fi', 70],
      ['sv', 4],
      ['et', 3],
      ['ru', 2],
      ['tr', 1],
    ],
    birthYears: [1963, 2002],
    education: [
      ['vocational', 40],
      ['upper_secondary', 20],
      ['bachelor', 25],
      ['basic', 8],
      ['master', 7],
    ],
    employment: [
      ['unemployed', 55],
      ['laid_off', 45],
    ],
    coaches: [
      ['coach2', 85],
      [null, 15],
    ],
    alsoIn: { segment: 'Alanvaihtajat', count: 7 },
  },
  Alanvaihtajat: {
    size: 80,
    origins: [
      ['fi', 68],
      ['sv', 5],
      ['es', 2],
      ['zh', 2],
      ['et', 2],
      ['vi', 1],
    ],
    birthYears: [1965, 1999],
    education: [
      ['bachelor', 35],
      ['vocational', 30],
      ['master', 20],
      ['upper_secondary', 13],
      ['doctorate', 2],
    ],
    employment: [
      ['employed', 58],
      ['unemployed', 17],
      ['self_employed', 10],
      ['laid_off', 8],
      ['student', 7],
    ],
    coaches: [
      ['coach', 85],
      [null, 15],
    ],
  },
  Työnantajat: {
    size: 55,
    origins: [
      ['fi', 44],
      ['sv', 3],
      ['et', 3],
      ['ru', 2],
      ['vi', 2],
      ['ar', 1],
    ],
    birthYears: [1964, 1999],
    education: [
      ['vocational', 45],
      ['bachelor', 35],
      ['upper_secondary', 10],
      ['master', 10],
    ],
    employment: [['employed', 1]],
    coaches: [
      ['coach', 30],
      ['coach2', 25],
      [null, 45],
    ],
    alsoIn: { segment: 'Alanvaihtajat', count: 8, coach: 'coach' },
  },
};

const phonePrefixes = ['040', '041', '044', '045', '046', '050'];

function plainAscii(text: string): string {
  return text
    .toLowerCase()
    .replace(/ı/g, 'i')
    .replace(/ş/g, 's')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9-]/g, '');
}

function degree(next: Random, level: EducationLevel, origin: Origin): string {
  if (level === 'unknown') return origin.countries ? 'Koulutus selvittämättä' : '';
  if (!origin.countries) return pick(next, finnishDegrees[level]);
  return `${pick(next, foreignDegrees[level])} (${pick(next, origin.countries)})`;
}

/**
 * About 300 clients across the four segments, with names, languages and
 * backgrounds that fit each group. Deterministic, so screenshots and tests agree.
 */
export function demoPeople(): DemoPerson[] {
  const next = random(1917);
  const usedNames = new Set<string>();
  const usedEmails = new Set<string>();
  const usedPhones = new Set<string>();
  const thisYear = new Date().getUTCFullYear();

  const person = (segmentName: string, originKey: OriginKey): DemoPerson => {
    const mix = segmentMixes[segmentName]!;
    const origin: Origin = origins[originKey];
    let firstName = '';
    let lastName = '';
    for (let attempt = 0; attempt < 6; attempt += 1) {
      const female = next() < 0.56;
      firstName = pick(next, female ? origin.female : origin.male);
      const [maleForm, femaleForm] = pick(next, origin.lastNames).split('/');
      lastName = (female && femaleForm) || maleForm!;
      if (!usedNames.has(`${firstName} ${lastName}`)) break;
    }
    usedNames.add(`${firstName} ${lastName}`);

    const local = `${plainAscii(firstName)}.${plainAscii(lastName)}`;
    let email = `${local}@example.com`;
    for (let n = 2; usedEmails.has(email); n += 1) email = `${local}${n}@example.com`;
    usedEmails.add(email);
    let phone = '';
    do {
      phone = `${pick(next, phonePrefixes)} ${between(next, 100, 999)} ${between(next, 1000, 9999)}`;
    } while (usedPhones.has(phone));
    usedPhones.add(phone);
    // Some clients give only one way to reach them.
    const reach = next();

    const birthYear = between(next, ...mix.birthYears);
    const educationLevel = pickWeighted(next, mix.education);
    const workingAge = Math.max(0, thisYear - birthYear - (educationLevel === 'master' ? 25 : 20));
    return {
      segmentNames: [segmentName],
      coachKey: pickWeighted(next, mix.coaches),
      firstName,
      lastName,
      email: reach < 0.06 ? null : email,
      phone: reach > 0.9 ? null : phone,
      birthYear,
      languages: pick(next, origin.languages),
      municipality: pickWeighted(next, municipalities),
      educationLevel,
      educationDetails: degree(next, educationLevel, origin),
      workExperienceYears: Math.round(workingAge * (0.4 + next() * 0.6)),
      employmentStatus: pickWeighted(next, mix.employment),
      consented: next() < 0.15,
    };
  };

  const people: DemoPerson[] = [];
  for (const segment of demoSegments) {
    const mix = segmentMixes[segment.name];
    if (!mix) continue;
    const originList = shuffled(
      next,
      mix.origins.flatMap(([key, count]) => Array.from({ length: count }, () => key)),
    );
    const group = Array.from({ length: mix.size }, (_, index) =>
      person(segment.name, originList[index % originList.length]!),
    );
    // The second segment goes to clients spread over the group, not its first few.
    const also = mix.alsoIn;
    if (also) {
      const step = Math.floor(mix.size / also.count);
      for (let index = 0; index < also.count; index += 1) {
        const member = group[index * step + 1]!;
        member.segmentNames.push(also.segment);
        if (also.coach && member.coachKey) member.coachKey = also.coach;
        if (also.segment === 'Työttömät ja lomautetut') {
          member.employmentStatus = index % 3 === 0 ? 'laid_off' : 'unemployed';
        }
      }
    }
    people.push(...group);
  }
  return people;
}
