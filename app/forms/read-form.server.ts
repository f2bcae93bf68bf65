/**
 * The submitted form. A body that is not a form (wrong content type, cut off,
 * malformed) is the sender's mistake: 400, never a 500.
 */
export async function readFormData(request: Request): Promise<FormData> {
  try {
    return await request.formData();
  } catch {
    throw new Response('The request body is not a form.', { status: 400 });
  }
}
