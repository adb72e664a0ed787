// New passwords must be hard to guess, not only long: zxcvbn-ts estimates how many guesses a password
// takes against common passwords, English words, names, keyboard patterns and what the attacker knows
// (the email, the name, the agency). Its dictionaries stay on the server, out of the apps' bundles.
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as english from '@zxcvbn-ts/language-en';
import { badUserInput } from '../../graphql/errors.js';

/** zxcvbn's scale 0–4; 3 is "safely unguessable: moderate protection from an offline slow-hash attack". */
const MINIMUM_SCORE = 3;

let estimator: ZxcvbnFactory | undefined;

function passwordEstimator(): ZxcvbnFactory {
  estimator ??= new ZxcvbnFactory({
    translations: english.translations,
    graphs: common.adjacencyGraphs,
    dictionary: { ...common.dictionary, ...english.dictionary },
  });
  return estimator;
}

/** Refuses (BAD_USER_INPUT on `password`) a password that is quick to guess, saying why where it can. */
export async function refuseGuessablePassword(password: string, knownToAttacker: (string | null | undefined)[]): Promise<void> {
  const userInputs = knownToAttacker.flatMap((value) => (value ? [value, ...value.split(/[@.\s]+/)] : [])).filter((value) => value.length > 2);
  const { score, feedback } = await passwordEstimator().check(password, userInputs);
  if (score >= MINIMUM_SCORE) return;
  const why = feedback.warning ? ` ${feedback.warning.replace(/\.?$/, '.')}` : '';
  throw badUserInput('password', `This password is too easy to guess.${why} Try a few unrelated words, or add more characters.`);
}
