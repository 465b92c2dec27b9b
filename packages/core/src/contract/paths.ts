import type { OperationDef } from './operations.js';

/** Fills `{name}` placeholders of a path template, percent-encoding each value; throws on a missing one (a bug). */
export function fillPath(template: string, params: Readonly<Record<string, string>>): string {
  return template.replace(/\{([A-Za-z0-9_]+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`Missing path parameter "${name}" for ${template}`);
    return encodeURIComponent(value);
  });
}

/** Path parameters of `pathname` if it matches `template`, else null (values are percent-decoded). */
export function matchPath(template: string, pathname: string): Record<string, string> | null {
  const names: string[] = [];
  const source = template
    .split(/(\{[A-Za-z0-9_]+\})/)
    .map((part) => {
      const m = /^\{([A-Za-z0-9_]+)\}$/.exec(part);
      if (m) {
        names.push(m[1]!);
        return '([^/]+)';
      }
      return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('');
  const match = new RegExp(`^${source}$`).exec(pathname);
  if (!match) return null;
  const out: Record<string, string> = {};
  try {
    names.forEach((name, i) => { out[name] = decodeURIComponent(match[i + 1]!); });
  } catch {
    return null; // malformed percent-encoding: treat as no match (the server answers 404)
  }
  return out;
}

/** The operation a request targets, with its path parameters, or null. */
export function findOperation<T extends OperationDef>(
  ops: readonly T[],
  method: string,
  pathname: string,
): { operation: T; params: Record<string, string> } | null {
  const m = method.toLowerCase();
  for (const operation of ops) {
    if (operation.method !== m) continue;
    const params = matchPath(operation.path, pathname);
    if (params) return { operation, params };
  }
  return null;
}
