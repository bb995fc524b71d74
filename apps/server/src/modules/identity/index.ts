/** The identity module's public face: sign-in and the caller's own account. */
export { registerIdentityRoutes } from './identity.routes.js';
