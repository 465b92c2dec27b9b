// Type-only entry: the vue template types are in vue.d.ts; importing this module does nothing.
export {};
