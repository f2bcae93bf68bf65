import { redirect, type ActionFunctionArgs } from '@remix-run/node';
import { signOut } from '~/auth/sign-out.server';

// Signing out changes state, so it is a POST (a link could be followed by a crawler).
export async function loader() {
  return redirect('/');
}

export async function action({ request }: ActionFunctionArgs) {
  return redirect('/login?signedOut=1', { headers: { 'Set-Cookie': await signOut(request) } });
}
