// Type-only entry: the react template types are in react.d.ts; importing this module does nothing.
export {};
