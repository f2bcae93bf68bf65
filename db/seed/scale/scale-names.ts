import type { ServiceLanguage } from '../../schema/values';

/**
 * Names by origin, with the client's first language. Common Finnish surnames
 * carry their rough frequency (thousands of bearers), so a search for "virt"
 * or "kor" finds as many people as it would in a real register, and the name
 * order has the same long runs of Korhonens and Virtanens.
 */
export interface NameOrigin {
  language: ServiceLanguage;
  firstNames: readonly string[];
  lastNames: readonly (readonly [string, number])[];
}

/** Names written as a whitespace-separated list, to keep these long lists readable. */
function words(list: string): string[] {
  return list.trim().split(/\s+/);
}

/** "Korhonen:22 Virtanen:22 …" → weighted names; a name without a weight counts once. */
function weighted(list: string): [string, number][] {
  return words(list).map((entry) => {
    const [name, weight] = entry.split(':');
    return [name!, weight ? Number(weight) : 1];
  });
}

export const finnishNames: NameOrigin = {
  language: 'fi',
  firstNames: words(`
    Maria Anna Johanna Helena Kaarina Liisa Elina Marjatta Tuula Sari Minna Tiina Laura Emma
    Aino Sofia Aada Ella Emilia Sanna Heidi Katja Jenni Riikka Hanna Kirsi Päivi Satu Anu Outi
    Noora Veera Iida Venla Pirjo Leena Eija Marja Niina Suvi Juha Timo Matti Kari Mikko Jari
    Antti Jukka Markku Pekka Mika Hannu Heikki Sami Janne Petri Ville Jussi Teemu Tuomas Eero
    Olli Lauri Joonas Aleksi Juho Onni Eetu Niko Jani Toni Marko Pasi Esa Seppo Ari Harri
    Tommi Risto Veikko
  `),
  lastNames: weighted(`
    Korhonen:22 Virtanen:22 Mäkinen:20 Nieminen:19 Mäkelä:18 Hämäläinen:18 Laine:17
    Heikkinen:16 Koskinen:16 Järvinen:15 Lehtonen:15 Lehtinen:14 Saarinen:14 Salminen:13
    Heinonen:13 Niemi:13 Heikkilä:13 Kinnunen:12 Salonen:12 Turunen:12 Salo:12 Laitinen:11
    Tuominen:11 Rantanen:11 Karjalainen:11 Jokinen:11 Mattila:10 Savolainen:10 Lahtinen:10
    Ahonen:10 Leinonen:9 Hiltunen:9 Kallio:9 Hirvonen:9 Miettinen:9 Aaltonen:8 Pitkänen:8
    Lappalainen:8 Manninen:8 Seppälä:8 Räsänen:7 Väisänen:7 Anttila:7 Laaksonen:7 Nurmi:7
    Kettunen:7 Virta:6 Peltonen:6 Koivisto:6 Kärkkäinen:6 Huttunen:6 Mustonen:6 Rinne:5
    Honkanen:5 Oksanen:5 Pelkonen:5 Toivonen:5 Vainio:5 Aho:5 Halonen:5 Lindholm:4 Kivelä:4
    Eskola:4 Ojala:4 Virtala:3 Virkkunen:3
  `),
};

export const finlandSwedishNames: NameOrigin = {
  language: 'sv',
  firstNames: words(`
    Anders Johan Mikael Henrik Fredrik Patrik Jonas Ulla Karin Kristina Camilla Annika Linnea
    Ebba Malin Stina
  `),
  lastNames: weighted(`
    Lindqvist Nyström Holmberg Sjöberg Forsman Lindroos Grönroos Björklund Ekholm Westerlund
    Andersson Johansson Karlsson Blomqvist
  `),
};

/** Clients of a foreign background, by first language, weighted roughly as in Finland. */
export const immigrantOrigins: readonly (readonly [NameOrigin, number])[] = [
  [
    {
      language: 'ru',
      firstNames: words(`Olga Natalia Irina Svetlana Elena Tatiana Sergei Aleksandr Dmitri
        Andrei Ivan Maxim Pavel Igor`),
      lastNames: weighted(`Ivanova Smirnova Petrova Kuznetsova Popov Volkov Sokolov Lebedev
        Kozlov Novikov Morozova Vasiljev`),
    },
    16,
  ],
  [
    {
      language: 'uk',
      firstNames: words(`Oksana Olena Yulia Iryna Kateryna Tetiana Andrii Oleksandr Dmytro
        Serhii Mykola Volodymyr`),
      lastNames: weighted(`Shevchenko Kovalenko Bondarenko Tkachenko Kravchenko Melnyk Boyko
        Kovalchuk Marchenko Savchenko`),
    },
    14,
  ],
  [
    {
      language: 'ar',
      firstNames: words(`Fatima Aisha Mariam Noor Zainab Layla Mohammed Ahmed Ali Hassan Omar
        Yousef Mustafa Karim`),
      lastNames: weighted(`Ali Hassan Hussein Ahmed Abdullah Al-Rawi Al-Jaburi Saleh Ibrahim
        Mahmoud Khalil Haddad`),
    },
    12,
  ],
  [
    {
      language: 'et',
      firstNames: words(`Kadri Liis Kristiina Triin Tiina Mart Tõnu Andres Rein Priit`),
      lastNames: weighted(`Tamm Saar Sepp Mägi Kask Kukk Rebane Ilves Pärn Koppel`),
    },
    10,
  ],
  [
    {
      language: 'so',
      firstNames: words(`Hodan Fadumo Ayan Sahra Hamdi Abdi Abdirahman Mahad Farah Yusuf`),
      lastNames: weighted(`Abdi Warsame Farah Hirsi Aden Osman Mohamud Jama Ismail Nur`),
    },
    8,
  ],
  [
    {
      language: 'en',
      firstNames: words(`Emily Sarah Jessica Laura Michael James David Daniel John Thomas`),
      lastNames: weighted(`Smith Johnson Brown Williams Taylor Wilson Davies Evans Murphy
        O'Connor Kelly`),
    },
    7,
  ],
  [
    {
      language: 'fa',
      firstNames: words(`Maryam Zahra Shirin Parisa Leila Reza Amir Hossein Mehdi Dariush`),
      lastNames: weighted(`Ahmadi Hosseini Karimi Rahimi Mohammadi Rezaei Jafari Moradi
        Sadeghi`),
    },
    6,
  ],
  [
    {
      language: 'zh',
      firstNames: words(`Li Wei Fang Jing Xiu Ming Hao Lei Yan Jun`),
      lastNames: weighted(`Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou`),
    },
    6,
  ],
  [
    {
      language: 'vi',
      firstNames: words(`Linh Lan Huong Mai Anh Minh Tuan Duc Hung Nam`),
      lastNames: weighted(`Nguyen Tran Le Pham Hoang Vu Dang Bui Do Ngo`),
    },
    5,
  ],
  [
    {
      language: 'ku',
      firstNames: words(`Rojin Berfin Dilan Azad Baran Shvan Karwan`),
      lastNames: weighted(`Barzani Rashid Aziz Hama Qadir Salih`),
    },
    4,
  ],
  [
    {
      language: 'tr',
      firstNames: words(`Ayşe Elif Zeynep Emine Mehmet Ahmet Emre Burak`),
      lastNames: weighted(`Yılmaz Kaya Demir Şahin Çelik Yıldız Aydın Öztürk`),
    },
    4,
  ],
  [
    {
      language: 'es',
      firstNames: words(`María Carmen Lucía Ana José Carlos Javier Miguel Diego`),
      lastNames: weighted(`García Rodríguez Martínez López González Pérez Sánchez Fernández`),
    },
    4,
  ],
  [
    {
      language: 'fr',
      firstNames: words(`Aminata Fatoumata Marie Claire Moussa Ibrahima Pierre Jean`),
      lastNames: weighted(`Diallo Traoré Diop Camara Martin Bernard Dubois Kouassi`),
    },
    3,
  ],
];

/** Staff names: mostly Finnish, every seventh of a foreign background. */
export function staffName(index: number): string {
  const origin =
    index % 7 === 3 ? immigrantOrigins[index % immigrantOrigins.length]![0] : finnishNames;
  const first = origin.firstNames[(index * 7) % origin.firstNames.length]!;
  const last = origin.lastNames[(index * 11) % origin.lastNames.length]![0];
  return `${first} ${last}`;
}
