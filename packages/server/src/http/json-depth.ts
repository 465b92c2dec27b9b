/**
 * Deepest nesting a request body may have (the root object or array is level 1). The deepest legitimate
 * body (an application: root → values → a nested field → a repeat → an item → …) stays under 10; the limit
 * exists because code further on (core's form engine, hashing, serialization) walks values recursively,
 * and a 50 KB body of brackets nested 10,000 deep would otherwise overflow the stack: a 500 for bad input.
 */
export const MAX_BODY_DEPTH = 32;

/**
 * Most members one object or array of a request body may have. The widest legitimate container (an
 * application's form values, its materials: at most 300 by the contract) stays far below; a 1 MB body of
 * 30,000 unknown keys or 500,000 array items is refused by counting, before hashing, validation and error
 * messages each walk every one of them (such bodies held the event loop for hundreds of ms each).
 */
export const MAX_CONTAINER_ENTRIES = 1000;

interface Frame {
  readonly value: object;
  readonly depth: number;
  readonly key: string | number | undefined;
  readonly parent: Frame | undefined;
}

const isContainer = (v: unknown): v is object => typeof v === 'object' && v !== null;

/**
 * The path (keys and indexes from the root) of a container nested deeper than `max` levels, or undefined
 * when `value` is within the limit. Iterative, with an explicit stack, so it cannot overflow itself, and it
 * stops at the first container over the limit without descending further.
 */
export function pathDeeperThan(value: unknown, max: number): (string | number)[] | undefined {
  return firstOversized(value, max, Infinity)?.path;
}

/**
 * The first container nested deeper than `maxDepth`, or with more than `maxEntries` members, and which limit
 * it breaks; undefined when `value` is within both. Same walk as pathDeeperThan.
 */
export function firstOversized(
  value: unknown,
  maxDepth: number,
  maxEntries: number,
): { path: (string | number)[]; reason: 'depth' | 'entries' } | undefined {
  if (!isContainer(value)) return undefined;
  const stack: Frame[] = [{ value, depth: 1, key: undefined, parent: undefined }];
  while (stack.length > 0) {
    const frame = stack.pop()!;
    if (frame.depth > maxDepth) return { path: pathOf(frame), reason: 'depth' };
    const size = Array.isArray(frame.value) ? frame.value.length : Object.keys(frame.value).length;
    if (size > maxEntries) return { path: pathOf(frame), reason: 'entries' };
    if (Array.isArray(frame.value)) {
      for (let i = frame.value.length - 1; i >= 0; i--) {
        const child: unknown = frame.value[i];
        if (isContainer(child)) stack.push({ value: child, depth: frame.depth + 1, key: i, parent: frame });
      }
    } else {
      const entries = Object.entries(frame.value);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [key, child] = entries[i]!;
        if (isContainer(child)) stack.push({ value: child, depth: frame.depth + 1, key, parent: frame });
      }
    }
  }
  return undefined;
}

function pathOf(frame: Frame): (string | number)[] {
  const path: (string | number)[] = [];
  for (let f: Frame | undefined = frame; f?.key !== undefined; f = f.parent) path.push(f.key);
  return path.reverse();
}
