import type { SessionTopic } from '../schema/values';

// What the demo coaches write: the topics, notes and next steps of sessions and
// the notes between them, in the words of the seed documents' guidance work.

/** What each group asks about most (demo sessions never use 'other'). */
export const topicsBySegment: Record<string, [SessionTopic, number][]> = {
  Maahanmuuttajataustaiset: [
    ['prior_learning', 5],
    ['application', 4],
    ['fear_languages_maths', 4],
    ['money_funding', 3],
    ['content', 2],
    ['is_this_for_me', 2],
    ['study_modes', 1],
  ],
  'Työttömät ja lomautetut': [
    ['money_funding', 5],
    ['is_this_for_me', 4],
    ['duration', 3],
    ['study_modes', 3],
    ['confirming_decision', 3],
    ['application', 2],
    ['own_resources', 2],
  ],
  Alanvaihtajat: [
    ['study_modes', 5],
    ['too_old', 3],
    ['prior_learning', 4],
    ['money_funding', 3],
    ['own_resources', 3],
    ['confirming_decision', 2],
    ['fear_languages_maths', 2],
    ['duration', 2],
  ],
  Työnantajat: [
    ['study_modes', 4],
    ['content', 4],
    ['duration', 3],
    ['own_resources', 2],
    ['application', 2],
  ],
};

/** Session notes by segment, for sessions that did not move the client on. */
export const segmentNotes: Record<string, string[]> = {
  Maahanmuuttajataustaiset: [
    'Asiakas on suorittanut insinöörin tutkinnon kotimaassaan. Kävimme läpi, miten tutkinnon tunnustamista haetaan Opetushallitukselta.',
    'Keskustelimme suomen kielen opinnoista. Asiakas käy kotoutumiskoulutusta iltaisin ja haluaa kehittää ammattisanastoa.',
    'Asiakas kysyi, voiko avoimen AMK:n opintoja tehdä englanniksi. Katsottiin yhdessä englanninkielinen tarjonta.',
    'Tapaaminen tulkin välityksellä. Asiakkaan tavoitteena on päästä takaisin omalle alalleen sairaanhoitajaksi.',
    'Asiakas oli mukana kirjaston pop-up-ohjauksessa. Jätti yhteystiedot ja toivoi soittoa.',
    'Selvitettiin Kelan tukien vaikutus opiskeluun kotoutumissuunnitelman aikana.',
  ],
  'Työttömät ja lomautetut': [
    'Kävimme läpi, miten opinnot vaikuttavat työttömyysetuuteen. Asiakas ilmoittaa opinnoista TE-palveluihin ennen aloitusta.',
    'Lomautus jatkuu ainakin kevääseen. Asiakas haluaa käyttää ajan osaamisen päivittämiseen.',
    'Asiakas epäröi, onko opiskelu hänelle oikea ratkaisu. Käytiin läpi aiempia onnistumisia ja vahvuuksia.',
    'Vertailtiin maksuttomia avoimen AMK:n kursseja ja lyhyitä täydennyskoulutuksia työllistymisen kannalta.',
    'Asiakas kysyi opintojen kestosta ja siitä, voiko ne keskeyttää, jos työpaikka löytyy.',
    'Puhelinneuvonta: asiakas sai tiedon kurssista TE-toimistosta ja halusi kuulla hakuajasta.',
  ],
  Alanvaihtajat: [
    'Asiakas pohti, onko 45-vuotiaana liian vanha aloittamaan uuden alan opinnot. Kerroin, että ryhmissä on kaiken ikäisiä.',
    'Asiakas pohti, sopiiko iltaopiskelu työn ohelle. Sovittiin kokeilusta yhdellä kurssilla.',
    'Selvitettiin aiemman tutkinnon hyväksilukua; asiakas toimittaa todistukset.',
    'Asiakas jännittää matematiikkaa. Suositeltiin valmentavaa kurssia ennen hakua.',
    'Keskusteltiin omista voimavaroista ja opiskelun aikataulusta perheen ja työn rinnalla.',
    'Rahoitusvaihtoehdot: aikuiskoulutustuki, opintovapaa ja työnantajan tuki. Asiakas selvittää työnantajan kannan.',
  ],
  Työnantajat: [
    'Työnantaja on sopinut henkilöstön täydennyskoulutuksesta. Kävimme läpi kurssin sisällön ja aikataulun työvuorojen kannalta.',
    'Asiakas kysyi, voiko opintoja tehdä kokonaan verkossa. Lähiopetusta on kaksi päivää.',
    'Asiakkaan esihenkilö toivoo, että koulutus tukee tulevaa tietojärjestelmäuudistusta.',
    'Keskusteltiin siitä, miten opinnot sovitetaan vuorotyöhön. Asiakas sopii opiskelupäivät esihenkilön kanssa.',
  ],
};

/** Notes of sessions where the client moved to the named stage. */
export const stageNotes: Record<string, string[]> = {
  'Osaamisen tunnistaminen': [
    'Kävimme läpi tutkintotodistukset ja työhistorian. Asiakas hakee päätöstä tutkinnon tunnustamisesta.',
    'Osaamiskartoitus tehty: vahva kokemus taloushallinnosta, tutkinnon vastaavuus selvitetään.',
  ],
  'Kielitaidon arviointi': [
    'Suomen kielen taso arvioitu (YKI 3). Riittää avoimen AMK:n opintoihin tuen kanssa.',
    'Kielitaidon arviointi: puhuminen sujuu, kirjoittamiseen tarvitaan tukea. Suositeltiin ammattikielen kurssia.',
  ],
  Tarvekartoitus: [
    'Kartoitettiin tilanne ja tavoitteet. Kiinnostus ohjelmistotestaukseen ja projektityöhön.',
    'Tarvekartoitus tehty: asiakas tarvitsee opintoja, jotka sopivat työn ja perheen rinnalle.',
  ],
  'Hyväksiluvun selvitys': [
    'Aiemmasta tradenomitutkinnosta voidaan hyväksilukea yhteiset opinnot. Asiakas hakee hyväksilukua opintojen alussa.',
  ],
  Ohjaus: [
    'Vertailtiin avoimen AMK:n polkua ja täydennyskoulutusta. Asiakas kallistuu polkuopintoihin.',
    'Laadittiin yhdessä opintosuunnitelma ensimmäiselle lukukaudelle.',
  ],
  Hakenut: [
    'Asiakas on lähettänyt hakemuksen ja liitteet. Tulokset tulevat hakuajan jälkeen.',
    'Hakemus tarkistettiin yhdessä ennen lähettämistä. Motivaatiokirje oli hyvä.',
  ],
  Valittu: [
    'Asiakas sai opiskelupaikan erikoistumiskoulutukseen. Käytiin läpi aloitusjärjestelyt.',
  ],
  Koulutussuunnitelma: [
    'Sovittiin työntekijän ja esihenkilön kanssa koulutussuunnitelmasta ja opiskelupäivistä.',
  ],
  Ilmoittautunut: [
    'Ilmoittautuminen kurssille vahvistettu. Asiakas sai tunnukset oppimisalustalle.',
  ],
  Opiskelee: [
    'Opinnot alkaneet hyvin. Ryhmätyöt jännittävät, mutta sujuvat.',
    'Ensimmäiset kurssit suoritettu. Asiakas kertoi löytäneensä opiskelurytmin työn ohessa.',
  ],
  'Valmistunut tai työllistynyt': [
    'Asiakas sai harjoittelupaikan kautta määräaikaisen työsopimuksen. Hienoa!',
    'Asiakas on suorittanut polkuopinnot ja jatkaa tutkinto-opiskelijana.',
  ],
  'Uudella alalla': [
    'Asiakas aloitti uudessa tehtävässä ohjelmistotestaajana. Opinnot jatkuvat työn ohessa.',
  ],
  Valmistunut: ['Erikoistumiskoulutus suoritettu. Asiakas antoi palautteen: hymiö 5/5.'],
  'Osaaminen päivitetty': [
    'Koulutus suoritettu. Esihenkilön mukaan uusi osaaminen on jo käytössä tiimissä.',
  ],
  Keskeyttänyt: [
    'Asiakas keskeyttää opinnot perhesyiden vuoksi. Kerrottu, miten voi palata myöhemmin.',
    'Asiakas sai kokoaikatyön eikä ehdi nyt opiskella. Opinnot voi jatkaa seuraavassa toteutuksessa.',
  ],
};

export const nextSteps: Record<string, string[]> = {
  Maahanmuuttajataustaiset: [
    'Asiakas toimittaa tutkintotodistuksen käännöksen.',
    'Lähetän tiedot suomen kielen ammattikielen kurssista.',
    'Asiakas hakee Opetushallitukselta päätöksen tutkinnon tunnustamisesta.',
    'Varataan tulkki seuraavaan tapaamiseen.',
  ],
  'Työttömät ja lomautetut': [
    'Asiakas ilmoittaa opinnoista TE-palveluihin.',
    'Lähetän linkin maksuttomien kurssien hakuun.',
    'Asiakas tutustuu kurssikuvauksiin ja valitsee kaksi kiinnostavinta.',
    'Soitan hakuajan päätyttyä ja käydään tilanne läpi.',
  ],
  Alanvaihtajat: [
    'Asiakas selvittää opintovapaan mahdollisuuden työnantajalta.',
    'Lähetän tiedot valmentavasta matematiikan kurssista.',
    'Asiakas hakee hyväksilukua aiemmista opinnoista.',
    'Asiakas kokeilee yhtä iltakurssia ja kertoo kokemuksistaan.',
  ],
  Työnantajat: [
    'Asiakas sopii opiskelupäivät esihenkilön kanssa.',
    'Lähetän kurssin aikataulun ja oppimisalustan ohjeet.',
    'Tarkistetaan etenemistä kurssin puolivälissä.',
  ],
};

/** Notes between sessions (person_notes). */
export const missedAppointmentNotes = [
  'Soitin, ei vastannut. Yritän uudelleen ensi viikolla.',
  'Asiakas ei saapunut sovittuun tapaamiseen. Lähetin viestin ja pyysin varaamaan uuden ajan.',
  'Tekstiviesti lähetetty: pyysin ottamaan yhteyttä uuden ajan sopimiseksi.',
];
export const waitingNotes = [
  'Asiakas odottaa edelleen Opetushallituksen päätöstä tutkinnon tunnustamisesta.',
  'Hakutulokset viivästyvät. Asiakas ottaa yhteyttä, kun tieto tulee.',
  'Asiakas on ollut sairauslomalla. Palataan asiaan, kun hän on valmis.',
];
export const timelineNotes = [
  'Asiakas ilmoitti sähköpostitse, että aloitus siirtyy syksyyn.',
  'TE-palvelut pyysi tietoa opintojen laajuudesta. Lähetetty asiakkaan luvalla.',
  'Asiakas kiitti ohjauksesta palautekyselyssä (hymiö 5/5).',
  'Päivitetty yhteystiedot: uusi puhelinnumero.',
  'Asiakas kysyi chatissa kevään kurssitarjonnasta. Vastattu ja linkitetty tarjontaan.',
  'Soitin, ei vastannut. Yritän uudelleen ensi viikolla.',
];
