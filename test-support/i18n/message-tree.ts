/** A messages file, or a namespace of one: nested objects with strings at the leaves. */
export type MessageTree = { [key: string]: string | MessageTree };

/** Every message under a tree by its dotted key ("format.duration.hm"), in file order. */
export function flattenMessages(tree: MessageTree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flattenMessages(value, path)) out.set(k, v);
  }
  return out;
}
