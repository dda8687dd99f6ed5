import { EXIT, type Command } from '../command';

export const command: Command = async ({ stderr }) => {
  stderr.write('logai templates: not built yet\n');
  return EXIT.internal;
};
