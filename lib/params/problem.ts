/** An invalid URL parameter: pages explain it and use the default, the API answers 400 with it. */
export interface ParamProblem {
  param: string;
  value: string;
  /** A complete German sentence, starting with the parameter's name. */
  message: string;
}

/** „Parameter „size“: …“ – every parameter message starts so, on pages and in the API alike. */
export function paramProblem(param: string, value: string, text: string): ParamProblem {
  return { param, value, message: `Parameter „${param}“: ${text}` };
}

/** What the parsers need to know about the data: the published Stände, oldest first. */
export interface ParamContext {
  staende: readonly string[];
}
