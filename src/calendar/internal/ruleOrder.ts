/** The message of a rule that ends before it starts (its code is `invalid_rule`). */
export const RULE_ORDER_MESSAGE = "must not be before from";
