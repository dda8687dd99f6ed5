// The API load of bench:e2e, in a process of its own (see startLoad): runs until told to stop, then
// sends its result back and exits.
import { runLoad, type LoadOptions } from './e2e-load';

const options = JSON.parse(process.argv[2] ?? '{}') as LoadOptions;
const load = runLoad(options);
process.once('message', () => {
  void load.stop().then((result) => {
    process.send?.(result, () => process.exit(0));
  });
});
