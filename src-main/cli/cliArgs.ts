/**
 * `node:util`'s parseArgs takes "--padding -5" for two options and calls the value ambiguous. A
 * negative number after an option that takes a value is that option's value: joined as
 * "--padding=-5", it reaches the option's own check, which can say what range it accepts.
 */
export function joinNegativeNumbers(args: readonly string[], valued: ReadonlySet<string>): string[] {
  const joined: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const next = args[i + 1];
    if (valued.has(arg) && next !== undefined && /^-(\d|\.\d)/.test(next)) {
      joined.push(`${arg}=${next}`);
      i++;
    } else joined.push(arg);
  }
  return joined;
}
