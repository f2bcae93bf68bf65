// What coaches write in sessions: two of these sentences make a session's notes.

export const noteSentences = [
  'Kävimme läpi hakuajat ja opintojen rahoitusvaihtoehdot.',
  'Asiakas pohti, sopiiko iltaopiskelu työn ohelle.',
  'Sovittiin kokeilusta yhdellä avoimen AMK:n kurssilla.',
  'Selvitettiin aiemman tutkinnon hyväksilukua; asiakas toimittaa todistukset.',
  'Asiakas jännittää matematiikkaa, suositeltiin valmentavaa kurssia.',
  'Keskusteltiin omista voimavaroista ja opiskelun aikataulusta.',
  'Asiakas kysyi, vaikuttavatko opinnot työttömyysetuuteen; ohjattiin TE-palveluihin.',
  'Kartoitettiin työkokemus ja kielitaito, suomen kieli tasolla B1.',
  'Asiakas on kiinnostunut sosiaali- ja terveysalan täydennyskoulutuksesta.',
  'Käytiin läpi erikoistumiskoulutusten sisällöt ja kesto.',
  'Asiakas epäilee olevansa liian vanha opiskelemaan; rohkaistiin ja kerrottiin esimerkkejä.',
  'Tutustuttiin verkko-opintojen opiskelutapoihin ja Moodleen.',
  'Asiakas haki avoimen AMK:n polkuopintoihin, hakemus tarkistettiin yhdessä.',
  'Asiakas on aloittanut opinnot ja edistynyt suunnitelman mukaan.',
  'Keskusteltiin työharjoittelusta ja yhteistyöyrityksistä.',
  'The client prefers guidance in English; went through the application steps.',
  'Discussed recognition of a foreign degree and the Finnish National Agency for Education.',
  'Asiakas ei päässyt paikalle, uusi aika sovittiin puhelimitse.',
  'Laadittiin henkilökohtainen opintosuunnitelma seuraavalle lukukaudelle.',
  'Asiakas harkitsee alanvaihtoa ICT-alalle, käytiin läpi ohjelmoinnin perusopinnot.',
];

export const nextSteps = [
  'Asiakas toimittaa todistukset ennen seuraavaa tapaamista.',
  'Ohjaaja lähettää linkin hakulomakkeeseen.',
  'Asiakas tutustuu opintotarjontaan ja valitsee kaksi kurssia.',
  'Varataan aika opintopsykologille.',
  'Seurantapuhelu kahden viikon päästä.',
  'Asiakas ilmoittautuu valmentavalle kurssille.',
  'Send the list of English-taught courses.',
];

/** Why someone left a path, on the move to its exit stage. */
export const exitNotes = [
  'Työllistyi kesken polun.',
  'Muutti toiselle paikkakunnalle.',
  'Elämäntilanne muuttui, opinnot tauolle.',
  'Ei tavoitettu kolmeen kuukauteen.',
];
