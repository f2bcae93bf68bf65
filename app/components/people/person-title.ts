import type { TitleHandle } from '~/page-title';

/**
 * The title of a page about one person (its loader returns `person`): `key`
 * with the person's name, or `plainKey` when there is no person to name (an error page).
 */
export function titledWithPerson(key: string, plainKey: string): TitleHandle {
  return {
    title: (t, data) => {
      const person = (data as { person?: { firstName: string; lastName: string } } | undefined)
        ?.person;
      return person
        ? String(t(key as never, { name: `${person.firstName} ${person.lastName}` } as never))
        : String(t(plainKey as never));
    },
  };
}
