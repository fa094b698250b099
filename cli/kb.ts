/**
 * Knowledge-file tools: `check` validates it (exit 1 with every problem named),
 * `stats` prints a JSON summary of what it holds.
 */
import { knowledgeFiles } from '../lib/knowledge/files';
import { formatProblems, validateKnowledge } from '../lib/knowledge/validate';
import { knowledgeStats } from '../lib/knowledge/stats';
import type { Knowledge } from '../lib/knowledge/schema';

const command = process.argv[2];
const raw = knowledgeFiles();
const problems = validateKnowledge(raw);

if (command === 'check') {
  if (problems.length > 0) {
    console.error(formatProblems(problems));
    console.error(`${problems.length} problem(s) in the knowledge file`);
    process.exit(1);
  }
  console.log('knowledge file: valid');
} else if (command === 'stats') {
  console.log(JSON.stringify({ valid: problems.length === 0, problems: problems.length, ...knowledgeStats(raw as Knowledge) }, null, 2));
} else {
  console.error('usage: kb (check|stats)');
  process.exit(2);
}
