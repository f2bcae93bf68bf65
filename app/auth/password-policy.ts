/** Shared by the forms (browser) and the server. */
export const minimumPasswordLength = 12;
