// Spawned by persistence.test.ts and killed with SIGKILL at a random moment: it rewrites one file
// forever with alternating versions, each large enough that a kill often lands mid-write.
import { writeFileAtomic } from '../../server/tle/persistence';

const [filePath, sizeArg] = process.argv.slice(2);
if (!filePath) throw new Error('usage: atomic-writer-child <file> <bytes>');
const size = Number(sizeArg ?? 1_000_000);

const payload = (version: number): string => JSON.stringify({ version, fill: String(version % 10).repeat(size) });

async function main(): Promise<void> {
  process.stdout.write('started\n');
  for (let version = 1; ; version += 1) await writeFileAtomic(filePath as string, payload(version));
}
void main();
