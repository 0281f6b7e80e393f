// The end-to-end server's address: PORT when set, so two test runs on one machine do not collide.
export const PREVIEW_PORT = Number(process.env.PORT ?? 4173);
export const PREVIEW_URL = `http://127.0.0.1:${PREVIEW_PORT}`;
