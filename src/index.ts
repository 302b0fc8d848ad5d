/**
 * peygir: follow-up for Iranian local government and the charities around it.
 *
 * @packageDocumentation
 */

export * from "./allocation/index";
export * from "./calendar/index";
export * from "./deadlines/index";
export * from "./entities/index";
export * from "./errors/index";
export * from "./i18n/index";
export * from "./jalali/index";
export * from "./report/index";
export * from "./text/index";
