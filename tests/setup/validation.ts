import { installValidationMessages } from '~/forms/validation-messages';

// As in entry.server.tsx and entry.client.tsx: schemas answer with translation keys.
installValidationMessages();
