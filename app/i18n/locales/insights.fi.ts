import type { Messages } from './en';

export const insightsFi: Messages['insights'] = {
  title: 'Asiakasymmärrys',
  intro:
    'Mitä olemme oppineet tästä asiakasryhmästä. Jokainen havainto on oletus, kunnes näyttö vahvistaa tai kumoaa sen.',
  notices: {
    added: 'Havainto lisätty.',
    statusChanged: 'Havainnon tila muutettu.',
  },
  statuses: {
    assumption: 'Oletus',
    validated: 'Vahvistettu',
    refuted: 'Kumottu',
  },
  filter: {
    label: 'Näytä havainnot tilan mukaan',
    all: 'Kaikki',
    count: '{{label}} ({{count}})',
  },
  count_one: '{{count}} havainto',
  count_other: '{{count}} havaintoa',
  empty: 'Tästä asiakasryhmästä ei ole vielä havaintoja.',
  emptyFiltered: 'Tässä tilassa ei ole havaintoja. Valitse ”Kaikki”, niin näet kaikki havainnot.',
  fields: {
    statement: 'Havainto',
    statementHint: 'Yksi väite asiakasryhmästä, esimerkiksi ”Moni pelkää opintojen matematiikkaa.”',
    source: 'Lähde',
    sourceHint:
      'Mistä havainto on peräisin, esimerkiksi vierailu vastaanottokeskuksessa, palaute tai ohjausmuistiinpanot.',
    observedOn: 'Havaintopäivä',
    status: 'Tila',
    newStatus: 'Uusi tila',
    chooseStatus: 'Valitse uusi tila',
    evidence: 'Näyttö',
    evidenceHint:
      'Pakollinen, kun havainto vahvistetaan tai kumotaan: mikä sen osoitti, esimerkiksi kurssin palaute tai kysymysten määrä.',
    people: 'Liitetyt henkilöt (vapaaehtoinen)',
    peopleHintManager: 'Asiakasryhmän henkilöt, joita havainto koskee tai joilta se on saatu.',
    sessions: 'Ohjaukset, joista havainto syntyi',
    sessionsHint: 'Viimeisimmät näkemäsi ohjaukset tämän asiakasryhmän asiakkaiden kanssa.',
    peopleHintCoach: 'Näet vain ne asiakasryhmän henkilöt, jotka ovat sinun asiakkaitasi.',
  },
  sources: {
    receptionCentreVisit: 'Vierailu vastaanottokeskuksessa',
    feedback: 'Palaute',
    sessionNotes: 'Ohjausmuistiinpanot',
    popUpEvent: 'Pop up -ohjaustapahtuma',
    serviceDesk: 'Neuvontapalvelun yhteydenotot',
    survey: 'Kysely',
  },
  add: {
    title: 'Lisää havainto',
    submit: 'Lisää havainto',
  },
  people: {
    none: 'Tässä asiakasryhmässä ei ole henkilöitä, joita voisit liittää.',
    showing: 'Näytetään {{shown}} / {{total}} henkilöä. Hae nimellä, niin löydät muut.',
    search: 'Hae henkilöitä nimellä',
    searchSubmit: 'Hae',
    clearSearch: 'Näytä kaikki',
    noMatch: 'Hakuun ”{{q}}” ei löytynyt henkilöitä.',
  },
  card: {
    source: 'Lähde',
    observedOn: 'Havaittu',
    author: 'Lisääjä',
    statusSince: 'Tila alkaen',
    evidence: 'Näyttö',
    noEvidence: 'Näyttöä ei ole vielä kirjattu.',
    people: 'Liitetyt henkilöt',
    otherPeople_one: '{{count}} henkilö, jota et näe',
    otherPeople_other: '{{count}} henkilöä, joita et näe',
    sessions: 'Ohjaukset',
    otherSessions_one: '{{count}} ohjaus, jota et näe',
    otherSessions_other: '{{count}} ohjausta, joita et näe',
    unknownAuthor: 'Tuntematon',
  },
  changes: {
    title: 'Tilan muutokset ({{n}})',
    added: '{{who}} lisäsi havainnon tilaan ”{{to}}”',
    changed: '{{who}} muutti tilan ”{{from}}” → ”{{to}}”',
    evidence: 'Näyttö: {{evidence}}',
  },
  changeStatus: {
    title: 'Muuta tilaa',
    submit: 'Muuta tila',
    current: 'Nyt: {{status}}',
  },
  errors: {
    evidenceRequired:
      'Kirjoita näyttö: mikä osoitti, että havainto pitää tai ei pidä paikkaansa. Näyttö on pakollinen vahvistetuille ja kumotuille havainnoille.',
    sameStatus: 'Havainnolla on jo tämä tila. Valitse toinen tila.',
    stale:
      'Joku muutti tätä havaintoa, kun sivu oli auki. Mitään ei tallennettu. Havainnon nykyinen tila ja muutokset näkyvät kortilla; tarkista ne ja yritä uudelleen.',
    unknownPerson:
      'Valitse henkilöt listalta. Voit liittää vain tämän asiakasryhmän henkilöitä, jotka näet.',
    tooManyPeople: 'Liitä yhteen havaintoon enintään 50 henkilöä.',
    unknownSession:
      'Valitse ohjaukset listasta: niiden on oltava näkemiesi tämän asiakasryhmän asiakkaiden kanssa.',
    tooManySessions: 'Liitä yhteen havaintoon enintään 50 ohjausta.',
    invalidDate: 'Anna oikea päivämäärä.',
    futureDate: 'Päivämäärä ei voi olla tulevaisuudessa.',
    chooseStatus: 'Valitse tila.',
  },
};
