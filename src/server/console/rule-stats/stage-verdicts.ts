import type { CompiledRule, Json, RuleMatch } from '../../../rule-engine';

const no = 0;
const yes = 1;
const failed = 2;

/** Every rule's verdict of one stage, per context (a distinct set of properties), evaluated once each. */
export class StageVerdicts {
  private readonly codes: Uint8Array;
  private readonly messages = new Map<number, string>();

  constructor(
    readonly stage: readonly CompiledRule[],
    contexts: number,
  ) {
    this.codes = new Uint8Array(contexts * stage.length);
  }

  /** Disabled rules too: their matches say what they would catch. */
  fill(context: number, properties: Record<string, Json>): void {
    const base = context * this.stage.length;
    this.stage.forEach((rule, index) => {
      const verdict = rule.match(properties);
      if (verdict === true) this.codes[base + index] = yes;
      else if (verdict === false) this.codes[base + index] = no;
      else {
        this.codes[base + index] = failed;
        this.messages.set(base + index, verdict.error);
      }
    });
  }

  matched(context: number, index: number): boolean {
    return this.codes[context * this.stage.length + index] === yes;
  }

  at(context: number, index: number): RuleMatch {
    const at = context * this.stage.length + index;
    const code = this.codes[at];
    return code === failed ? { error: this.messages.get(at)! } : code === yes;
  }
}
