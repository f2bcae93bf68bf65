// Phone numbers are kept as the client gave them ("040 123 4567"); search and
// duplicate checks compare digits in international form, the same rule as the
// generated `people.phone_digits` column.

const allowed = /^\+?[0-9 ()-]+$/;

export function isPhoneNumber(value: string): boolean {
  const digits = value.replace(/\D/g, '');
  return allowed.test(value) && digits.length >= 6 && digits.length <= 15;
}

export function phoneDigits(value: string): string {
  const digits = value.replace(/\D/g, '');
  if (digits.startsWith('00')) return digits.slice(2);
  if (digits.startsWith('0')) return `358${digits.slice(1)}`;
  return digits;
}
