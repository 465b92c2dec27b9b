// Where "Live" stories find the reference server: the server itself when it serves this Storybook (`npm start`
// serves the built one at /storybook/, same origin, so its strict policy allows the calls and the demo key
// knows the origin); `npm start`'s default address otherwise (`npm run storybook` on port 6006).
export const LIVE_BASE_URL: string = location.pathname.startsWith('/storybook/') ? new URL('/', location.href).href : 'http://127.0.0.1:8080/';
