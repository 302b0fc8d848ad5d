export { PeygirError, type PeygirErrorCode, type PeygirIssue } from "./PeygirError";
