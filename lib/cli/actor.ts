/** Who acts, in the record, when a change comes from the server's shell. */
export const CLI_ACTOR = "Kommandozeile";
