import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver } from 'type-graphql';
import { DEFAULT_LANGUAGE, TERMS_IN, type Language } from '@coverline/domain';
import { Can } from '../../access/policy.js';
import type { Context } from '../../graphql/context.js';
import { LanguageEnum } from '../../graphql/enums.js';
import { getOptInForm, MAX_BULK_REMINDERS, sendOptInReminder, sendOptInReminders, submitOptIn } from './opt-ins.service.js';
import { OptInForm, OptInInput, OptInRemindersResult, OptInResult } from './opt-ins.types.js';

@Resolver()
export class OptInsResolver {
  @Can('opt-in:read')
  @Query(() => OptInForm, { nullable: true, description: "The pre-filled opt-in form behind a contractor's link; null for an unknown or expired link." })
  optInForm(@Ctx() ctx: Context, @Arg('token', () => String) token: string) {
    return getOptInForm(ctx.access, token);
  }

  @Can('opt-in:submit')
  @Mutation(() => OptInResult, { description: 'The contractor confirms the form (terms, typed signature, corrections, card when they pay).' })
  submitOptIn(@Ctx() ctx: Context, @Arg('token', () => String) token: string, @Arg('input', () => OptInInput) input: OptInInput) {
    return submitOptIn(ctx.access, token, input);
  }

  @Can('contractor:remind')
  @Mutation(() => Boolean, { description: 'Emails the contractor a reminder with their opt-in link.' })
  sendOptInReminder(@Ctx() ctx: Context, @Arg('contractorId', () => ID) contractorId: string) {
    return sendOptInReminder(ctx.access, contractorId);
  }

  @Can('contractor:remind')
  @Mutation(() => OptInRemindersResult, { description: `Emails each contractor a reminder with their opt-in link (at most ${MAX_BULK_REMINDERS} at a time); says who was skipped and why.` })
  sendOptInReminders(@Ctx() ctx: Context, @Arg('contractorIds', () => [ID]) contractorIds: string[]) {
    return sendOptInReminders(ctx.access, contractorIds);
  }
}

@Resolver(() => OptInForm)
export class OptInFormResolver {
  @FieldResolver(() => String, { description: 'The terms the contractor accepts, in the language asked for (EN unless said); one line per clause.' })
  terms(@Arg('language', () => LanguageEnum, { defaultValue: DEFAULT_LANGUAGE }) language: Language) {
    return TERMS_IN[language];
  }
}
