/** Fails the whole run at once, with the command to run, when the build or a browser is missing. */
import { assertPrerequisites } from './helpers/paths';

export default function setup(): void {
  assertPrerequisites();
}
