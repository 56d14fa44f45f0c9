/**
 * The console: commands read from stdin, one a line. Batch mode (stdin is not a terminal) answers
 * every non-blank line in order and keeps going after a failing one; with --json each line gets
 * exactly one JSON object. Interactive mode (a terminal) adds a prompt, /help, and history that
 * the arrow keys recall.
 */
import { createInterface } from 'node:readline';
import { renderJson } from './render-json.js';
import { renderText } from './render-text.js';
import { isQuit, parseLine, runCommand, type Session } from './run.js';

export interface BatchOptions {
  session: Session;
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  json: boolean;
}

export async function runBatch({ session, input, output, json }: BatchOptions): Promise<void> {
  const lines = createInterface({ input, crlfDelay: Infinity, terminal: false });
  for await (const line of lines) {
    if (line.trim() === '') continue;
    const { name, text } = parseLine(line);
    if (isQuit(name)) {
      if (json) output.write(JSON.stringify({ command: 'quit' }) + '\n');
      break;
    }
    const result = await runCommand(session, name, text);
    output.write(json ? renderJson(result) + '\n' : renderText(result) + '\n\n');
  }
  lines.close();
}

const CONSOLE_HELP = [
  'In this console: /sources list shows the added sources, /history the lines typed so far, /quit leaves.',
  'A line without a leading "/" is asked as a question. The up and down arrows recall earlier lines.',
].join('\n');

export interface InteractiveOptions {
  session: Session;
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
}

export async function runInteractive({ session, input, output }: InteractiveOptions): Promise<void> {
  const rl = createInterface({ input, output, prompt: 'summit> ', historySize: 500, terminal: true });
  const history: string[] = [];
  rl.on('SIGINT', () => rl.close());
  output.write('Ask about the Putin–Trump summit in Indonesian or English, e.g. /ask Who accompanied Putin?\n/help lists the commands, /quit leaves.\n\n');
  rl.prompt();
  for await (const line of rl) {
    if (line.trim() !== '') {
      const { name, text } = parseLine(line);
      if (isQuit(name)) break;
      if (name === 'history') {
        output.write((history.length ? history.map((h, i) => `${String(i + 1).padStart(3)}  ${h}`).join('\n') : 'No history yet.') + '\n\n');
      } else {
        history.push(line.trim());
        const result = await runCommand(session, name, text);
        const extra = result.command === 'help' && !('error' in result) ? `\n\n${CONSOLE_HELP}` : '';
        output.write(`${renderText(result)}${extra}\n\n`);
      }
    }
    rl.prompt();
  }
  rl.close();
}
